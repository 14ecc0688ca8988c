// Swagger UI over the server's OpenAPI document. A separate file, not an inline script: the pages' Content Security
// Policy allows scripts from this origin only. "Authorize" takes an access token (POST /api/v1/auth/login).
window.addEventListener('DOMContentLoaded', () => {
  window.ui = SwaggerUIBundle({
    url: '/openapi',                // Payara serves the document at the server's root
    dom_id: '#swagger-ui',
    deepLinking: true,
    tryItOutEnabled: false,
    validatorUrl: null,            // never send the document to an online validator
    presets: [SwaggerUIBundle.presets.apis],
    layout: 'BaseLayout',
  });
});
