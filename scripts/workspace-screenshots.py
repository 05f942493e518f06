"""Screenshots of workspace pages in headless Chromium, whole pages, in one language.

Usage: workspace-screenshots.py CHRONICLE_BINARY STORE.sqlite OUT_DIR zh-CN|en NAME=PATH...

Starts `chronicle serve` on a free loopback port over the store (read only: nothing is
posted), opens each PATH asking for the language, and saves OUT_DIR/NAME.png at the
page's full height (at most MAX_HEIGHT pixels, 4,000 by default). Used for the README's pictures of the
overview and person pages on the bundled sample and on a year of news.
"""
import os
import sys
import time

from workspace_session import ServerDidNotStart, WorkspaceSession

binary, store, shots, language = sys.argv[1:5]
pages = [argument.split("=", 1) for argument in sys.argv[5:]]
os.makedirs(shots, exist_ok=True)

try:
    with WorkspaceSession(binary, store, language=language, hide_scrollbars=True) as session:
        driver = session.driver
        for name, path in pages:
            driver.get(session.base + path)
            time.sleep(0.5)
            height = min(int(os.environ.get("MAX_HEIGHT", "4000")), driver.execute_script("return document.documentElement.scrollHeight"))
            # The window's frame takes some of its height: the page gets all of `height`.
            frame = driver.execute_script("return window.outerHeight - window.innerHeight")
            driver.set_window_size(1400, max(600, height) + frame)
            time.sleep(0.3)
            driver.save_screenshot(os.path.join(shots, name + ".png"))
            driver.set_window_size(1400, 1000)
            print(name, path, height)
except ServerDidNotStart as error:
    sys.exit(str(error))
