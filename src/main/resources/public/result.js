// Result page: a printed report shows the "why" of every finding and the appendix, opened or not.
(function () {
  window.addEventListener('beforeprint', function () {
    document.querySelectorAll('.report details').forEach(function (d) { d.open = true; });
  });
})();
