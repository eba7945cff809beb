// Executive diagnostic: keeps the progress indicator in step with the answers given.
(function () {
  var form = document.getElementById('ceo-form');
  if (!form) { return; }
  var progress = document.getElementById('ceo-progress');
  var text = document.getElementById('ceo-progress-text');
  function update() {
    var names = {};
    form.querySelectorAll('input[type=radio]').forEach(function (input) {
      names[input.name] = names[input.name] || input.checked;
    });
    var total = Object.keys(names).length;
    var answered = Object.keys(names).filter(function (n) { return names[n]; }).length;
    progress.value = answered;
    text.textContent = answered + ' of ' + total + ' answered';
  }
  form.addEventListener('change', update);
  update();
})();
