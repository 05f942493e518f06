"""`chronicle serve` and headless Chromium together, for the scripts that look at the
workspace (workspace-browser-check.py, workspace-screenshots.py).

    with WorkspaceSession(binary, store, language="zh-CN") as session:
        session.driver.get(session.base + "/")

Starts the server on a free loopback port over the store and waits until it answers
(a server that exits first is reported with its error output), opens Chromium asking
for the language's pages, and on leaving quits the browser and stops the server
(killed when it does not stop within 10 s) whatever happened inside.
"""
import os
import shutil
import socket
import subprocess
import time
import urllib.request

from selenium import webdriver
from selenium.webdriver.chrome.service import Service


class ServerDidNotStart(Exception):
    """The server exited, or did not answer in time; the message says which."""


class WorkspaceSession:
    def __init__(self, binary, store, language="zh-CN", wait_seconds=30, page_load_timeout=120, hide_scrollbars=False):
        self.binary, self.store, self.language = binary, store, language
        self.wait_seconds, self.page_load_timeout, self.hide_scrollbars = wait_seconds, page_load_timeout, hide_scrollbars
        self.server = None
        self.driver = None
        self.base = None

    def __enter__(self):
        try:
            self._start_server()
            self._start_browser()
        except BaseException:
            self.close()
            raise
        return self

    def __exit__(self, *exc):
        self.close()
        return False

    def _start_server(self):
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            port = probe.getsockname()[1]
        self.base = f"http://127.0.0.1:{port}"
        self.server = subprocess.Popen([self.binary, "serve", "--db", self.store, "--port", str(port)],
                                       stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        deadline = time.monotonic() + self.wait_seconds
        while True:
            try:
                urllib.request.urlopen(self.base + "/documents", timeout=5)
                return
            except Exception:
                if self.server.poll() is not None:
                    raise ServerDidNotStart("server: " + self.server.stderr.read().decode())
                if time.monotonic() > deadline:
                    raise ServerDidNotStart(f"server: did not answer in {self.wait_seconds} s")
                time.sleep(0.1)

    def _start_browser(self):
        options = webdriver.ChromeOptions()
        options.binary_location = shutil.which("chromium") or "/usr/bin/chromium"
        arguments = ["--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1400,1000", "--lang=" + self.language]
        if self.hide_scrollbars:
            arguments.append("--hide-scrollbars")
        for argument in arguments:
            options.add_argument(argument)
        # Headless Chromium asks for en-US whatever --lang says; the workspace follows
        # Accept-Language, so the browser asks for the language wanted.
        accept = "zh-CN,zh" if self.language.startswith("zh") else "en-US,en"
        options.add_experimental_option("prefs", {"intl.accept_languages": accept})
        # On Linux Chromium takes its locale (date fields, 2020/01/20 or 01/20/2020)
        # from the environment, with chromium-l10n installed; --lang alone does not.
        locale = "zh_CN" if self.language.startswith("zh") else "en_US"
        environment = dict(os.environ, LANGUAGE=locale, LANG=locale + ".UTF-8")
        self.driver = webdriver.Chrome(service=Service(shutil.which("chromedriver") or "/usr/bin/chromedriver", env=environment), options=options)
        self.driver.set_page_load_timeout(self.page_load_timeout)

    def close(self):
        """Quits the browser and stops the server; safe to call twice."""
        driver, self.driver = self.driver, None
        server, self.server = self.server, None
        try:
            if driver is not None:
                driver.quit()
        finally:
            if server is not None:
                server.terminate()
                try:
                    server.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    server.kill()
                    server.wait()
