// Result page: a printed report shows the "why" of every finding, opened or not.
(function () {
  window.addEventListener('beforeprint', function () {
    document.querySelectorAll('.finding details').forEach(function (d) { d.open = true; });
  });
})();
