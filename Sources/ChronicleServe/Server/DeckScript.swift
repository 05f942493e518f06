/// The one script of the workspace (served as `/deck.js`, same origin): a briefing
/// deck takes seconds to build, so its link says so while it is made (`生成中…` /
/// `Generating…`, from the page's language table via `data-busy`), fetches the file,
/// hands it to the browser under the server's name, and reads as before when done.
/// Without the script, or if fetching fails, the link is an ordinary download.
enum DeckScript {
    static let source = """
        document.querySelectorAll('a[data-busy]').forEach(function (link) {
          link.addEventListener('click', function (event) {
            if (!window.fetch || !window.URL || link.getAttribute('aria-busy') === 'true') return;
            event.preventDefault();
            var label = link.textContent;
            link.textContent = link.getAttribute('data-busy');
            link.setAttribute('aria-busy', 'true');
            link.classList.add('busy');
            fetch(link.href, { credentials: 'same-origin' }).then(function (response) {
              if (!response.ok) throw new Error(String(response.status));
              var header = response.headers.get('Content-Disposition') || '';
              var match = /filename\\*=UTF-8''([^;]+)/i.exec(header) || /filename="([^"]+)"/i.exec(header);
              var name = match ? decodeURIComponent(match[1]) : 'briefing.pptx';
              return response.blob().then(function (blob) {
                var url = URL.createObjectURL(blob);
                var save = document.createElement('a');
                save.href = url;
                save.download = name;
                document.body.appendChild(save);
                save.click();
                save.remove();
                setTimeout(function () { URL.revokeObjectURL(url); }, 60000);
              });
            }).catch(function () {
              window.location.href = link.href;
            }).then(function () {
              link.textContent = label;
              link.removeAttribute('aria-busy');
              link.classList.remove('busy');
            });
          });
        });
        """
}
