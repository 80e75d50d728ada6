// The API reference page's own script (GET /api/docs): the console's CSP allows no inline script, so Swagger UI
// starts from this file. Offline: the description comes from this server, and no online validator is asked.
/* global SwaggerUIBundle */
(async () => {
  // writes carry the session's CSRF token (GET /api/auth/me), as the console's own requests do
  let csrfToken = null;
  try {
    const me = await fetch('/api/auth/me', { credentials: 'same-origin' });
    if (me.ok) csrfToken = (await me.json()).csrfToken;
  } catch {
    // signed out or offline: the reference still reads; "Try it out" writes will then be refused
  }
  window.ui = SwaggerUIBundle({
    url: '/api/openapi.json',
    dom_id: '#reference',
    deepLinking: true,
    validatorUrl: null,
    // the resources start collapsed and the schema list is hidden: with all 168 operations open at once Swagger UI
    // 5.35 stops rendering part-way (seen in Chromium; one resource open at a time renders every operation)
    defaultModelsExpandDepth: -1,
    docExpansion: 'none',
    withCredentials: true,
    presets: [SwaggerUIBundle.presets.apis],
    layout: 'BaseLayout',
    requestInterceptor: (request) => {
      if (csrfToken && request.method && request.method.toUpperCase() !== 'GET') {
        request.headers['x-csrf-token'] = csrfToken;
      }
      return request;
    },
  });
})();
