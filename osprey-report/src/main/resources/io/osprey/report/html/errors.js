(function () {
  'use strict';
  var errors = [];
  function show(message) {
    errors.push(String(message));
    var body = document.body;
    if (!body) {
      return;
    }
    body.setAttribute('data-js-errors', String(errors.length));
    var line = document.createElement('pre');
    line.className = 'js-error';
    line.textContent = 'Script error: ' + String(message);
    body.insertBefore(line, body.firstChild);
  }
  window.addEventListener('error', function (event) {
    show(event.message || 'error');
  });
  window.addEventListener('unhandledrejection', function (event) {
    show(event.reason || 'unhandled rejection');
  });
  document.addEventListener('DOMContentLoaded', function () {
    var pending = errors.slice();
    errors.length = 0;
    pending.forEach(show);
  });
}());
