// Demo instrumentation, not part of the kit: a classic script runs before any module, so it sees every error
// while the page loads. test/components/demo-pages.test.ts reads window.__demoErrors to prove a clean load.
(function () {
  var errors = [];
  window.__demoErrors = errors;
  var describe = function (value) {
    if (value instanceof Error) return value.name + ': ' + value.message;
    try {
      return typeof value === 'string' ? value : JSON.stringify(value);
    } catch {
      return String(value);
    }
  };
  // Capture phase also sees resource load failures (a module script that 404s), which do not bubble.
  window.addEventListener(
    'error',
    function (event) {
      var target = event.target;
      if (target && target !== window && target.tagName) {
        errors.push('failed to load <' + target.tagName.toLowerCase() + '> ' + (target.src || target.href || ''));
      } else {
        errors.push(event.message || describe(event.error));
      }
    },
    true,
  );
  window.addEventListener('unhandledrejection', function (event) {
    errors.push('unhandled rejection: ' + describe(event.reason));
  });
  var original = console.error;
  console.error = function () {
    errors.push('console.error: ' + Array.prototype.map.call(arguments, describe).join(' '));
    return original.apply(console, arguments);
  };
})();
