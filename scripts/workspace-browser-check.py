"""Drives the web workspace in headless Chromium, as a user would.

Usage: workspace-browser-check.py CHRONICLE_BINARY STORE.sqlite SCREENSHOT_DIR

Copies the store (the walk rejects a fact), starts `chronicle serve` on a free
loopback port, and with Chromium (Debian's chromium + chromium-driver, through
selenium): opens the timeline, clicks an event, searches a phrase, rejects the event's
chair, reloads and checks that it is gone and that the page says so with an undo
button, undoes it and sees the chair back; checks that no script from a hostile
document ran. Saves a screenshot of each page in SCREENSHOT_DIR. Prints "ok" and exits
0 when every step passed; prints the failed step and exits 1 otherwise.
"""
import os
import shutil
import sys
import tempfile

from selenium.common.exceptions import NoAlertPresentException, WebDriverException
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support import expected_conditions
from selenium.webdriver.support.ui import WebDriverWait

from workspace_session import ServerDidNotStart, WorkspaceSession

binary, store, shots = sys.argv[1], sys.argv[2], sys.argv[3]
os.makedirs(shots, exist_ok=True)
work = tempfile.mkdtemp(prefix="chronicle-browser-")
db = os.path.join(work, "workspace.sqlite")
shutil.copy(store, db)
driver = None


def fail(step, detail=""):
    print(f"FAILED: {step} {detail}")
    if driver is not None:
        driver.save_screenshot(os.path.join(shots, "failure.png"))
    sys.exit(1)


def gone(element):
    """A wait condition: the element's page has been left. Chromium says so as a stale
    element or, while the next page loads, as an inspector error about the node."""
    def check(_):
        try:
            element.is_enabled()
            return False
        except WebDriverException:
            return True
    return check


def no_alert(step):
    try:
        driver.switch_to.alert
        fail(step, "a script ran (an alert is open)")
    except NoAlertPresentException:
        pass


try:
    with WorkspaceSession(binary, db, language="zh-CN", wait_seconds=10, page_load_timeout=30) as session:
        driver, base = session.driver, session.base

        # 0. The home: the year at a glance; a month opens week by week, a week as a timeline.
        driver.get(base + "/")
        if not driver.find_elements(By.CSS_SELECTOR, "table.overview td.period a"):
            fail("overview", "no months")
        driver.save_screenshot(os.path.join(shots, "workspace-overview.png"))
        months = [a for a in driver.find_elements(By.CSS_SELECTOR, "td.period a") if a.text == "2020年1月"]
        if not months:
            fail("overview", "January 2020 is not listed")
        months[0].click()
        WebDriverWait(driver, 20).until(expected_conditions.url_contains("month=2020-01"))
        weeks = [a for a in driver.find_elements(By.CSS_SELECTOR, "td.period a") if a.text == "1月27日至2月2日"]
        if not weeks:
            fail("month", "the week of 27 January is not listed")
        weeks[0].click()
        WebDriverWait(driver, 20).until(expected_conditions.url_contains("from=2020-01-27"))
        if not driver.find_elements(By.CSS_SELECTOR, ".picture svg a"):
            fail("week", "the week is not drawn with linked boxes")

        # 1. The timeline: an inline SVG whose boxes link to events.
        driver.get(base + "/?from=2020-01-20&to=2020-02-10")
        if not driver.find_elements(By.CSS_SELECTOR, ".picture svg"):
            fail("timeline", "no picture")
        if not driver.find_elements(By.CSS_SELECTOR, "svg a"):
            fail("timeline", "the boxes are not links")
        no_alert("timeline")
        driver.save_screenshot(os.path.join(shots, "workspace-timeline.png"))

        # 2. Click an event in the list under the picture.
        links = [a for a in driver.find_elements(By.CSS_SELECTOR, "table a") if a.text == "省委第二次专题会议暨疫情防控工作领导小组会议"]
        if not links:
            fail("event link", "the event is not listed")
        links[0].click()
        # A click or a form only starts loading the next page: wait for it, or the
        # checks below may read the page being left (and find its elements gone).
        WebDriverWait(driver, 20).until(expected_conditions.url_contains("/event?"))
        if "省委第二次专题会议" not in driver.find_element(By.TAG_NAME, "h1").text:
            fail("event page", driver.title)
        headings = [h.text for h in driver.find_elements(By.TAG_NAME, "h2")]
        if "主持" not in headings or not driver.find_elements(By.CSS_SELECTOR, ".evidence mark"):
            fail("event page", f"no chair or no marked evidence: {headings}")
        event_url = driver.current_url
        driver.save_screenshot(os.path.join(shots, "workspace-event.png"))

        # 3. Search a phrase from the header's search box.
        box = driver.find_element(By.CSS_SELECTOR, "header input[name=q]")
        box.send_keys("五严五防")
        box.send_keys(Keys.RETURN)
        WebDriverWait(driver, 20).until(expected_conditions.url_contains("/search?"))
        marks = driver.find_elements(By.CSS_SELECTOR, ".evidence mark")
        if not marks or marks[0].text != "五严五防":
            fail("search", "no marked result")
        if not driver.find_elements(By.CSS_SELECTOR, "h2 a[href^='/event?id=']"):
            fail("search", "results are not grouped by event")
        driver.save_screenshot(os.path.join(shots, "workspace-search.png"))

        # 4. Reject the event's chair; the page comes back without it, and stays so.
        driver.get(event_url)
        chair = None
        for fact in driver.find_elements(By.CSS_SELECTOR, ".fact"):
            if fact.find_elements(By.CSS_SELECTOR, "a[href^='/person?id=']") and "楼阳生" in fact.text:
                chair = fact
                break
        if chair is None:
            fail("reject", "no chair fact with a button")
        chair.find_element(By.CSS_SELECTOR, "button.reject").click()
        # The form posts and comes back to the event page: the old page's elements go.
        WebDriverWait(driver, 20).until(gone(chair))
        WebDriverWait(driver, 20).until(lambda d: d.execute_script("return document.readyState") == "complete")
        driver.refresh()
        headings = [h.text for h in driver.find_elements(By.TAG_NAME, "h2")]
        if "主持" in headings:
            fail("reject", "the chair is still there after a reload")
        driver.save_screenshot(os.path.join(shots, "workspace-after-reject.png"))
        notice = driver.find_elements(By.CSS_SELECTOR, ".notice")
        if not notice or "已否决" not in notice[0].text or not notice[0].find_elements(By.CSS_SELECTOR, "button"):
            fail("reject", "no notice saying what was rejected, with an undo button")

        # 4b. Undo it: the chair is back, and the page says so.
        notice[0].find_element(By.CSS_SELECTOR, "button").click()
        WebDriverWait(driver, 20).until(gone(notice[0]))
        WebDriverWait(driver, 20).until(lambda d: d.execute_script("return document.readyState") == "complete")
        headings = [h.text for h in driver.find_elements(By.TAG_NAME, "h2")]
        if "主持" not in headings:
            fail("undo", "the chair is not back")
        if not any("已撤销" in p.text for p in driver.find_elements(By.CSS_SELECTOR, "main .ok")):
            fail("undo", "no word that it was undone")

        # 5. A hostile document's text is shown as text on every page that shows it.
        for path in ["/", "/search?q=%3Cscript%3E", "/documents", "/review"]:
            driver.get(base + path)
            no_alert(path)
            if driver.find_elements(By.CSS_SELECTOR, "main script:not([src=\"/deck.js\"])"):
                fail(path, "a <script> element from the data is in the page")

        # 6. The language switch: English, kept on the next page, and back to Chinese.
        driver.get(base + "/search")
        if driver.find_element(By.TAG_NAME, "html").get_attribute("lang") != "zh-CN":
            fail("language", "the page is not in Chinese")
        driver.find_element(By.CSS_SELECTOR, ".langs a[hreflang='en']").click()
        WebDriverWait(driver, 20).until(lambda d: d.find_element(By.TAG_NAME, "html").get_attribute("lang") == "en")
        if driver.find_element(By.TAG_NAME, "h1").text != "Search the texts":
            fail("language", "the switch did not keep the page")
        driver.get(base + "/review")
        if driver.find_element(By.TAG_NAME, "html").get_attribute("lang") != "en" or driver.find_element(By.TAG_NAME, "h1").text != "Review":
            fail("language", "the choice was not remembered")
        driver.save_screenshot(os.path.join(shots, "workspace-review-en.png"))
        driver.find_element(By.CSS_SELECTOR, ".langs a[hreflang='zh-CN']").click()
        WebDriverWait(driver, 20).until(lambda d: d.find_element(By.TAG_NAME, "html").get_attribute("lang") == "zh-CN")
        # 7. The deck takes seconds: its link says it is being made, then reads as before.
        driver.get(base + "/")
        deck = driver.find_element(By.CSS_SELECTOR, "a.deck")
        label, busy = deck.text, deck.get_attribute("data-busy")
        if not busy or "生成中" not in busy:
            fail("deck", f"the deck link has no busy text: {busy!r}")
        # Every text the link shows is recorded, however short the deck takes.
        driver.execute_script("""
            var link = document.querySelector('a.deck'); window.deckTexts = [];
            new MutationObserver(function () { window.deckTexts.push(link.textContent); })
                .observe(link, {childList: true, characterData: true, subtree: true});""")
        deck.click()
        WebDriverWait(driver, 120).until(lambda d: busy in d.execute_script("return window.deckTexts") and d.find_element(By.CSS_SELECTOR, "a.deck").text == label)
        if driver.find_element(By.CSS_SELECTOR, "a.deck").get_attribute("aria-busy"):
            fail("deck", "the link is still marked busy after the deck came")
        print("ok", len(os.listdir(shots)), "screenshots in", shots)
except ServerDidNotStart as error:
    fail("server", str(error))
finally:
    shutil.rmtree(work, ignore_errors=True)
