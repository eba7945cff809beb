// Interview: saves each answer the moment it is given, then refreshes progress and provisional findings.
(function () {
  var form = document.getElementById('interview-form');
  if (!form) { return; }
  var id = form.getAttribute('data-interview');
  // An engagement respondent's screen saves through its engagement's (or private link's) own address.
  var api = form.getAttribute('data-api') || ('/api/interviews/' + encodeURIComponent(id));
  var csrf = document.querySelector('meta[name="csrf-token"]');
  var timers = {};
  // Saves of different questions run side by side; only the newest request's answer may repaint
  // the panel, and the panel says it is busy (aria-busy) while any save is still in flight.
  var sent = 0, shown = 0, inFlight = 0;
  var panel = document.querySelector('aside.provisional');
  function busy(delta) {
    inFlight += delta;
    if (panel) { panel.setAttribute('aria-busy', inFlight > 0 ? 'true' : 'false'); }
  }

  function payload(fieldset) {
    var question = fieldset.getAttribute('data-question');
    var type = fieldset.getAttribute('data-type');
    var body = { dont_know: fieldset.querySelector('input[name="dk.' + question + '"]').checked };
    var note = fieldset.querySelector('textarea').value;
    body.note = note.trim() === '' ? null : note;
    if (type === 'number') {
      var raw = fieldset.querySelector('input[type=number]').value;
      body.value = raw === '' ? null : Number(raw);
    } else {
      var checked = fieldset.querySelector('input[type=radio]:checked');
      body.value = checked ? (type === 'scale' ? Number(checked.value) : checked.value) : null;
    }
    return { question: question, body: body };
  }

  // One save at a time per question, the latest state last: two quick clicks cannot land out of order.
  var queues = {};
  function save(fieldset) {
    var key = fieldset.getAttribute('data-question');
    queues[key] = (queues[key] || Promise.resolve()).then(function () { return send(fieldset); });
  }

  // "Don't know" and a value exclude each other: the screen shows what will be stored.
  function exclusive(fieldset, target) {
    var dontKnow = fieldset.querySelector('input[name^="dk."]');
    if (target === dontKnow && dontKnow.checked) {
      fieldset.querySelectorAll('input[type=radio]').forEach(function (r) { r.checked = false; });
      var number = fieldset.querySelector('input[type=number]');
      if (number) { number.value = ''; }
    } else if (target !== dontKnow && target.tagName === 'INPUT' && (target.checked || target.value !== '')) {
      dontKnow.checked = false;
    }
  }

  function send(fieldset) {
    var data = payload(fieldset);
    var status = fieldset.querySelector('.status');
    status.className = 'status';
    status.textContent = 'Saving…';
    var headers = { 'Content-Type': 'application/json' };
    if (csrf) { headers['X-CSRF-Token'] = csrf.getAttribute('content'); }
    var sequence = ++sent;
    busy(1);
    return fetch(api + '/answers/' + encodeURIComponent(data.question), {
      method: 'PUT', headers: headers, body: JSON.stringify(data.body)
    }).then(function (response) {
      return response.json().then(function (json) { return { ok: response.ok, json: json }; });
    }).then(function (result) {
      if (!result.ok) { throw new Error(result.json.error || 'not saved'); }
      status.textContent = 'Saved';
      if (sequence > shown) {
        shown = sequence;
        refresh(result.json);
      }
    }).catch(function (error) {
      status.className = 'status failed';
      status.textContent = 'Not saved: ' + error.message;
    }).then(function () { busy(-1); });
  }

  function refresh(state) {
    document.getElementById('overall').textContent = state.answered + ' of ' + state.questions + ' answered';
    state.progress.forEach(function (p) {
      var cell = document.querySelector('[data-progress="' + p.section + '"]');
      if (cell) { cell.textContent = p.answered + '/' + p.total; }
    });
    // A respondent answering alone through a private link has no provisional panel, and gets no findings to paint.
    var pillars = document.getElementById('provisional-pillars');
    var findings = document.getElementById('provisional-findings');
    if (!pillars || !findings || !state.provisional) { return; }
    pillars.textContent = '';
    state.provisional.pillars.forEach(function (p) {
      var li = document.createElement('li');
      li.appendChild(document.createTextNode(p.name + ': '));
      var strong = document.createElement('strong');
      strong.textContent = p.assessed ? p.score + ' ' + p.band : 'not assessed';
      li.appendChild(strong);
      var basis = document.createElement('span');
      basis.className = 'basis';
      basis.textContent = ' ' + p.basis;
      li.appendChild(basis);
      pillars.appendChild(li);
    });
    findings.textContent = '';
    state.provisional.findings.forEach(function (f) {
      var li = document.createElement('li');
      var badge = document.createElement('span');
      badge.className = 'badge ' + f.severity;
      badge.textContent = f.severity;
      li.appendChild(badge);
      li.appendChild(document.createTextNode(' ' + f.title));
      findings.appendChild(li);
    });
  }

  form.addEventListener('change', function (event) {
    var fieldset = event.target.closest('fieldset.question');
    if (fieldset) {
      // A note that changes (focus left it) saves now: its typing timer would only save it twice.
      clearTimeout(timers[fieldset.getAttribute('data-question')]);
      exclusive(fieldset, event.target);
      save(fieldset);
    }
  });
  form.addEventListener('input', function (event) {
    if (event.target.tagName !== 'TEXTAREA' && event.target.type !== 'number') { return; }
    var fieldset = event.target.closest('fieldset.question');
    var key = fieldset.getAttribute('data-question');
    clearTimeout(timers[key]);
    timers[key] = setTimeout(function () { save(fieldset); }, 700);
  });
})();
