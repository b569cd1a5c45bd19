(function () {
  'use strict';
  var pending = [];
  var count = 0;
  function show(message) {
    var body = document.body;
    if (!body) {
      pending.push(message);
      return;
    }
    count += 1;
    body.setAttribute('data-js-errors', String(count));
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
    pending.splice(0).forEach(show);
  });
}());
