"""Screenshots of workspace pages in headless Chromium, whole pages, in one language.

Usage: workspace-screenshots.py CHRONICLE_BINARY STORE.sqlite OUT_DIR zh-CN|en NAME=PATH...

Starts `chronicle serve` on a free loopback port over the store (read only: nothing is
posted), opens each PATH asking for the language, and saves OUT_DIR/NAME.png at the
page's full height (at most MAX_HEIGHT pixels, 4,000 by default). Used for the README's pictures of the
overview and person pages on the bundled sample and on a year of news.
"""
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request

from selenium import webdriver
from selenium.webdriver.chrome.service import Service

binary, store, shots, language = sys.argv[1:5]
pages = [argument.split("=", 1) for argument in sys.argv[5:]]
os.makedirs(shots, exist_ok=True)

with socket.socket() as probe:
    probe.bind(("127.0.0.1", 0))
    port = probe.getsockname()[1]
base = f"http://127.0.0.1:{port}"
server = subprocess.Popen([binary, "serve", "--db", store, "--port", str(port)], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
driver = None
try:
    for _ in range(300):
        try:
            urllib.request.urlopen(base + "/documents", timeout=5)
            break
        except Exception:
            if server.poll() is not None:
                sys.exit("server: " + server.stderr.read().decode())
            time.sleep(0.1)
    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium") or "/usr/bin/chromium"
    for argument in ["--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1400,1000", "--hide-scrollbars"]:
        options.add_argument(argument)
    options.add_experimental_option("prefs", {"intl.accept_languages": "zh-CN,zh" if language.startswith("zh") else "en-US,en"})
    driver = webdriver.Chrome(service=Service(shutil.which("chromedriver") or "/usr/bin/chromedriver"), options=options)
    driver.set_page_load_timeout(120)
    for name, path in pages:
        driver.get(base + path)
        time.sleep(0.5)
        height = min(int(os.environ.get("MAX_HEIGHT", "4000")), driver.execute_script("return document.documentElement.scrollHeight"))
        driver.set_window_size(1400, max(600, height))
        time.sleep(0.3)
        driver.save_screenshot(os.path.join(shots, name + ".png"))
        driver.set_window_size(1400, 1000)
        print(name, path, height)
finally:
    if driver is not None:
        driver.quit()
    server.terminate()
    try:
        server.wait(timeout=10)
    except subprocess.TimeoutExpired:
        server.kill()
