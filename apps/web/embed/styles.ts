// Styles inside the shadow root: the partner page's CSS cannot reach the card, nor the card's the page.
export const embedStyles = `
:host{display:block;max-width:28rem;color:#1f2933;font:15px/1.45 system-ui,-apple-system,"Segoe UI","PingFang SC","Microsoft YaHei",sans-serif}
:host([hidden]){display:none}
.card{border:1px solid #d5dbe1;border-radius:8px;padding:1rem 1.25rem;background:#fff}
.kicker{margin:0;color:#b42318;font-size:.8rem;font-weight:600;text-transform:uppercase;letter-spacing:.04em}
h2{margin:.25rem 0;font-size:1.3rem;line-height:1.25}
h3{margin:1rem 0 .25rem;font-size:.95rem}
a{color:#0b5cad}
a:focus-visible{outline:2px solid #0b5cad;outline-offset:2px}
.meta{margin:0;color:#52606d}
ul{margin:0;padding-left:1.1rem}
li{margin:.2rem 0}
.more{display:inline-block;margin-top:1rem;font-size:.9rem}
.message{margin:0;color:#52606d}
`
