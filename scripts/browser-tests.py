#!/usr/bin/env python3
"""The pages in a real browser: headless Chromium (Debian's chromium and chromium-driver) driven by
Selenium, against `puhui serve` on a free loopback port over a fresh book.

  scripts/browser-tests.py [PUHUI_BINARY]      (default .build/debug/puhui)

The path: a customer signs in with a one-time link, gets a quote, applies, reports a loss, sees
every document needed and uploads two of them from the claim page (a PDF and a PNG the script
makes), seeing them received and what happens next; an adjuster signs in, takes the claim from
the desk, sees the two files and downloads one (an attachment, not sniffed), records the other
documents, and the customer sees the decision clock; the adjuster decides, agrees and pays; the
customer sees the claim paid; the adjuster opens the desk's charts. Every page is saved as a screenshot at 360 px and at 1280 px
(.build/screenshots/, or PUHUI_SCREENSHOTS), and the run fails on any console error, any visible
input without a label, and any page wider than 360 px at phone size.

Fails, rather than skipping, when a tool is missing: ./scripts/bootstrap.sh installs them.
"""
import datetime
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.request
import zlib

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PUHUI = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, ".build/debug/puhui"))
SHOTS = os.environ.get("PUHUI_SCREENSHOTS", os.path.join(ROOT, ".build/screenshots"))
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
DRIVER = shutil.which("chromedriver") or "/usr/bin/chromedriver"

try:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    from selenium.webdriver.common.by import By
except ImportError:
    sys.exit("browser-tests: selenium is missing; run ./scripts/bootstrap.sh")
for tool in (CHROMIUM, DRIVER, PUHUI):
    if not os.path.exists(tool):
        sys.exit(f"browser-tests: {tool} is missing; run ./scripts/bootstrap.sh (and swift build)")

problems = []
shots = 0


def puhui(work, *arguments, token=None):
    env = dict(os.environ, PUHUI_DB=os.path.join(work, "book.sqlite"))
    env.pop("PUHUI_TOKEN", None)
    if token:
        env["PUHUI_TOKEN"] = open(os.path.join(work, token + ".token")).read().strip()
    result = subprocess.run([PUHUI, *arguments], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    if result.returncode != 0:
        sys.exit(f"browser-tests: puhui {' '.join(arguments)} failed ({result.returncode}):\n{result.stderr}")
    return result.stdout


def book(work):
    """A fresh book: the staff of config/, the catalog, a micro restaurant and its owner."""
    puhui(work, "init", "--admin", "admin.li", "--token-out", os.path.join(work, "admin.li.token"))
    puhui(work, "user", "import", token="admin.li")
    for who in ("product.wu", "clerk.ma"):
        puhui(work, "user", "token", who, "--out", os.path.join(work, who + ".token"), token="admin.li")
    puhui(work, "catalog", "load", token="product.wu")
    puhui(work, "party", "add", "--kind", "enterprise", "--name", "上海小禾餐饮管理有限公司", "--id", "91440300708461136T",
          "--industry", "H6210", "--employees", "8", "--revenue", "90", "--assets", "40", "--year", "2025", token="clerk.ma")
    listing = puhui(work, "party", "list", "--format", "csv", token="clerk.ma")
    holder = next(line.split(",")[0] for line in listing.splitlines() if "91440300708461136T" in line)
    puhui(work, "user", "add", "xiaohe.owner", "--role", "customer", "--party", holder, token="admin.li")


def serve(work):
    log = open(os.path.join(work, "server.log"), "w")
    server = subprocess.Popen([PUHUI, "serve", "--db", os.path.join(work, "book.sqlite"), "--port", "0"], cwd=ROOT,
                              stdout=subprocess.DEVNULL, stderr=log)
    for _ in range(200):
        text = open(os.path.join(work, "server.log")).read()
        found = re.search(r"listening on 127\.0\.0\.1:(\d+)", text)
        if found:
            return server, int(found.group(1))
        if server.poll() is not None:
            sys.exit("browser-tests: the server did not start:\n" + text)
        time.sleep(0.1)
    server.terminate()
    sys.exit("browser-tests: the server did not say its port within 20 s")


def link(work, base, user, issuer):
    out = puhui(work, "user", "signin-link", user, "--base-url", base, token=issuer)
    return next(line for line in out.splitlines() if "/signin?code=" in line).strip()


def sample_files(work):
    """A one-page PDF and a 2 × 2 PNG, valid files of the kinds the server takes."""
    pdf = os.path.join(work, "火灾认定书.pdf")
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>"]
    body, offsets = b"%PDF-1.4\n", []
    for number, content in enumerate(objects, start=1):
        offsets.append(len(body))
        body += b"%d 0 obj\n" % number + content + b"\nendobj\n"
    xref = len(body)
    body += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1) + b"".join(b"%010d 00000 n \n" % o for o in offsets)
    body += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    open(pdf, "wb").write(body)

    def chunk(kind, data):
        return len(data).to_bytes(4, "big") + kind + data + zlib.crc32(kind + data).to_bytes(4, "big")
    png = os.path.join(work, "loss-photo.png")
    pixels = b"".join(b"\x00" + b"\xc0\x20\x20" * 2 for _ in range(2))
    open(png, "wb").write(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", (2).to_bytes(4, "big") * 2 + b"\x08\x02\x00\x00\x00")
                          + chunk(b"IDAT", zlib.compress(pixels)) + chunk(b"IEND", b""))
    return pdf, png


def fetch(url, session):
    """A plain GET with the browser's session cookie: status, headers and body."""
    request = urllib.request.Request(url, headers={"Cookie": f"puhui_session={session}"})
    try:
        with urllib.request.urlopen(request, timeout=30) as answer:
            return answer.status, answer.headers, answer.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read()


def browser():
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--window-size=1280,900",
                     "--lang=zh-CN"):
        options.add_argument(argument)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    return webdriver.Chrome(service=Service(DRIVER), options=options)


def check(driver, name):
    """Screenshots at 360 px and 1280 px; console errors, unlabelled inputs, width at 360 px."""
    global shots
    for width in (360, 1280):
        driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                               {"width": width, "height": 800, "deviceScaleFactor": 1, "mobile": width == 360})
        time.sleep(0.2)
        scroll_width = driver.execute_script("return document.documentElement.scrollWidth")
        height = driver.execute_script("return document.documentElement.scrollHeight")
        if width == 360 and scroll_width > 360:
            problems.append(f"{name}: {scroll_width} px wide at phone size (360 px)")
        driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                               {"width": width, "height": min(max(height, 600), 6000), "deviceScaleFactor": 1, "mobile": width == 360})
        driver.save_screenshot(os.path.join(SHOTS, f"{name}-{width}.png"))
        shots += 1
    driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})
    unlabelled = driver.execute_script("""
        return Array.from(document.querySelectorAll('input, select, textarea'))
          .filter(e => e.type !== 'hidden')
          .filter(e => !(e.id && document.querySelector('label[for="' + e.id + '"]')) && !e.closest('label') && !e.getAttribute('aria-label'))
          .map(e => e.name || e.id || e.outerHTML.slice(0, 60));""")
    for field in unlabelled:
        problems.append(f"{name}: input without a label: {field}")
    for entry in driver.get_log("browser"):
        if entry["level"] == "SEVERE":
            problems.append(f"{name}: console error: {entry['message']}")
    if not driver.find_elements(By.TAG_NAME, "h1"):
        problems.append(f"{name}: no heading")


def submit(driver, form):
    form.find_element(By.CSS_SELECTOR, "button[type=submit]").click()
    time.sleep(0.3)


def text(driver):
    return driver.find_element(By.TAG_NAME, "main").text


def main():
    os.makedirs(SHOTS, exist_ok=True)
    for old in os.listdir(SHOTS):
        if old.endswith(".png"):
            os.remove(os.path.join(SHOTS, old))
    work = tempfile.mkdtemp(prefix="puhui-browser-")
    server = None
    customer = adjuster = None
    try:
        book(work)
        server, port = serve(work)
        base = f"http://127.0.0.1:{port}"
        today = (datetime.datetime.now(datetime.timezone.utc) + datetime.timedelta(hours=8)).date().isoformat()

        # The customer: signed in by a link the clerk sends; the code leaves the address bar.
        customer = browser()
        customer.get(link(work, base, "xiaohe.owner", "clerk.ma"))
        assert "code=" not in customer.current_url, customer.current_url
        check(customer, "01-customer-home")
        customer.get(base + "/quote")
        check(customer, "02-quote-products")
        customer.find_element(By.CSS_SELECTOR, 'a[href="/quote/PH-PROP-SHOP"]').click()
        check(customer, "03-quote-form")
        form = customer.find_element(By.CSS_SELECTOR, 'form[action="/quote/PH-PROP-SHOP"]')
        for name, value in {"sumInsured": "800000", "deductible": "1000", "claimsLast3Years": "1", "theftSumInsured": "20000"}.items():
            fields = form.find_elements(By.NAME, name)
            if fields and fields[0].tag_name == "input":
                fields[0].clear()
                fields[0].send_keys(value)
        for name, value in {"occupancy": "retail-shop", "construction": "class-2", "fireProtection": "extinguishers", "deductible": "1000"}.items():
            for select in form.find_elements(By.CSS_SELECTOR, f'select[name="{name}"]'):
                select.find_element(By.CSS_SELECTOR, f'option[value="{value}"]').click()
        submit(customer, form)
        assert "¥" in text(customer), text(customer)
        check(customer, "04-quote-worksheet")
        form = customer.find_element(By.CSS_SELECTOR, 'form[action="/apply"]')
        for box in form.find_elements(By.CSS_SELECTOR, 'input[name="document"]'):
            box.click()
        submit(customer, form)
        check(customer, "05-applied")
        policy = customer.find_element(By.CSS_SELECTOR, 'a[href^="/policies/"]').text
        # The premium arrives from the bank (the clerk records it, as the CLI walkthrough does).
        premium = re.search(r"¥([0-9.]+)", text(customer)).group(1)
        puhui(work, "premium", "receive", policy, "--amount", premium, "--reference", "BK-BROWSER-0001", token="clerk.ma")
        customer.get(base + "/policies/" + policy)
        check(customer, "06-policy")

        # A loss: every document needed, at once.
        customer.find_element(By.CSS_SELECTOR, f'a[href="/report?policy={policy}"]').click()
        form = customer.find_element(By.CSS_SELECTOR, 'form[action="/report"]')
        customer.execute_script("arguments[0].value = arguments[1]", form.find_element(By.NAME, "lossDate"), today)
        form.find_element(By.CSS_SELECTOR, 'select[name="type"] option[value="fire"]').click()
        form.find_element(By.NAME, "claimed").send_keys("60000")
        form.find_element(By.NAME, "description").send_keys("后厨油锅起火，烧毁灶台和部分库存")
        check(customer, "07-report-form")
        submit(customer, form)
        claim_path = customer.current_url[len(base):]
        assert claim_path.startswith("/claims/"), claim_path
        assert "消防部门火灾事故认定书" in text(customer), text(customer)
        check(customer, "08-claim-reported")

        # Two documents sent from the claim page, each from its own form; the page says what
        # came and what happens next.
        pdf, png = sample_files(work)
        sent = []
        for path in (pdf, png):
            form = customer.find_elements(By.CSS_SELECTOR, 'form[enctype="multipart/form-data"]')[0]
            field = form.find_element(By.CSS_SELECTOR, 'input[type="file"]')
            name = form.find_element(By.CSS_SELECTOR, f'label[for="{field.get_attribute("id")}"]').text
            field.send_keys(path)
            submit(customer, form)
            errors = customer.find_elements(By.CSS_SELECTOR, ".error")
            assert not errors, [e.text for e in errors]
            assert f"我们已收到：{name}" in text(customer), text(customer)
            sent.append(name)
        assert "接下来" in text(customer) and "我们还需要" in text(customer), text(customer)
        assert len(customer.find_elements(By.CSS_SELECTOR, 'a[href*="/files/"]')) == 2
        check(customer, "08b-claim-documents-sent")

        # The adjuster: the claim on the desk, taken, its documents recorded.
        adjuster = browser()
        adjuster.get(link(work, base, "chen.jie", "admin.li"))
        assert adjuster.current_url.endswith("/desk"), adjuster.current_url
        check(adjuster, "09-desk")
        adjuster.find_element(By.CSS_SELECTOR, f'a[href="{claim_path}"]').click()
        # The two files are listed under their documents; one downloads as an attachment.
        links = adjuster.find_elements(By.CSS_SELECTOR, 'a[href*="/files/"]')
        assert len(links) == 2, text(adjuster)
        status, headers, body = fetch(links[0].get_attribute("href"), adjuster.get_cookie("puhui_session")["value"])
        assert status == 200, status
        assert headers["Content-Disposition"].startswith("attachment; filename="), headers["Content-Disposition"]
        assert headers["X-Content-Type-Options"] == "nosniff" and headers["Content-Type"] in ("application/pdf", "image/png"), dict(headers)
        assert body.startswith(b"%PDF-") or body.startswith(b"\x89PNG"), body[:16]
        # Without the session: the sign-in page, not the file.
        assert fetch(links[0].get_attribute("href"), "none")[0] == 401
        check(adjuster, "10-claim-staff")

        def act(action, fill=None):
            form = adjuster.find_element(By.XPATH, f'//form[.//input[@name="action" and @value="{action}"]]')
            if fill:
                fill(form)
            submit(adjuster, form)
            errors = adjuster.find_elements(By.CSS_SELECTOR, ".error")
            assert not errors, f"{action}: {[e.text for e in errors]}"

        act("take")
        act("receive", lambda form: [box.click() for box in form.find_elements(By.CSS_SELECTOR, 'input[name="document"]')])
        customer.get(base + claim_path)
        assert ("作出核定" in text(customer)) and ("第二十三条" in text(customer) or "Art. 23" in text(customer)), text(customer)
        check(customer, "11-claim-decision-clock")

        act("decide", lambda form: (form.find_element(By.ID, "covered-yes").click(), form.find_element(By.NAME, "reason").send_keys("火灾属实")))
        act("agree", lambda form: form.find_element(By.NAME, "loss").send_keys("50000"))
        payable = re.search(r"应赔金额\s*¥([0-9.]+)", text(adjuster)).group(1)
        act("pay", lambda form: form.find_element(By.NAME, "amount").send_keys(payable))
        check(adjuster, "12-claim-paid-staff")

        # The desk's charts: the claim just paid is in the report-to-payment histogram.
        adjuster.find_element(By.CSS_SELECTOR, 'a[href="/desk/charts"]').click()
        assert len(adjuster.find_elements(By.CSS_SELECTOR, "figure.chart svg")) >= 8, text(adjuster)
        assert adjuster.find_elements(By.CSS_SELECTOR, "figure#turnaround-property"), text(adjuster)
        check(adjuster, "12b-desk-charts")

        customer.get(base + claim_path)
        assert "已赔付" in text(customer) and f"¥{payable}" in text(customer), text(customer)
        check(customer, "13-claim-paid")
        # The English switch keeps the page.
        customer.find_element(By.LINK_TEXT, "English").click()
        assert customer.current_url.endswith(claim_path) and "What we need from you" in text(customer), text(customer)
        check(customer, "14-claim-paid-en")
        customer.find_element(By.CSS_SELECTOR, 'form[action="/signout"] button').click()
        check(customer, "15-signed-out")

        # The regulator: a period, the report with its charts (its inline style allowed by its
        # hash: a blocked style would be a console error), and a download.
        regulator = browser()
        try:
            regulator.get(link(work, base, "regulator.guo", "admin.li"))
            assert regulator.current_url.endswith("/regulator"), regulator.current_url
            form = regulator.find_element(By.CSS_SELECTOR, 'form[action="/regulator"]')
            # The period ends yesterday: an extract counts only what has been recorded.
            end = (datetime.date.fromisoformat(today) - datetime.timedelta(days=1)).isoformat()
            start = (datetime.date.fromisoformat(today) - datetime.timedelta(days=31)).isoformat()
            regulator.execute_script("arguments[0].value = arguments[1]", form.find_element(By.NAME, "from"), start)
            regulator.execute_script("arguments[0].value = arguments[1]", form.find_element(By.NAME, "to"), end)
            submit(regulator, form)
            check(regulator, "16-regulator")
            regulator.find_element(By.CSS_SELECTOR, 'a[href^="/regulator/report"]').click()
            assert "regulator report" in regulator.title, regulator.title + "\n" + regulator.find_element(By.TAG_NAME, "body").text[:500]
            # Its style sheet applied (allowed by its hash): the body is not the browser's default font size and margin.
            assert regulator.execute_script("return getComputedStyle(document.body).margin") != "8px", "the report's style was blocked"
            check(regulator, "17-regulator-report")
        finally:
            regulator.quit()
    finally:
        for driver in (customer, adjuster):
            if driver:
                driver.quit()
        if server:
            server.terminate()
            server.wait(timeout=30)
        shutil.rmtree(work, ignore_errors=True)

    if problems:
        print("\n".join(problems))
        sys.exit(f"browser-tests: {len(problems)} problem(s)")
    print(f"{shots} screenshots in {SHOTS}")
    print("browser checks passed")


if __name__ == "__main__":
    main()
