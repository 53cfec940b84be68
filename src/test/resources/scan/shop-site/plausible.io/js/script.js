// A stand-in for Plausible's script: one page-view event, no cookies.
fetch("https://plausible.io/api/event", {
  method: "POST",
  body: JSON.stringify({ n: "pageview", u: location.href }),
  keepalive: true,
});
