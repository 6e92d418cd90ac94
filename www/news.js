// The sample news page's own behaviour: dismissing the cookie banner (no cookies are set).
const banner = document.getElementById("cookies");
for (const button of banner?.querySelectorAll("button") ?? []) {
  button.addEventListener("click", () => {
    banner.hidden = true;
  });
}
