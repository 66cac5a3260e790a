"""Fetch pip's wheel from PyPI into a folder, for a Python without pip or ensurepip (stock Debian).

Prints the wheel's path; `python WHEEL/pip install WHEEL` then installs pip from it.
"""

import json
import sys
import urllib.parse
import urllib.request
from pathlib import Path

API = "https://pypi.org/pypi/pip/json"

with urllib.request.urlopen(API, timeout=60) as response:
    release = json.load(response)
url = urllib.parse.urljoin(API, next(u["url"] for u in release["urls"] if u["packagetype"] == "bdist_wheel"))
target = Path(sys.argv[1]) / Path(urllib.parse.urlsplit(url).path).name
urllib.request.urlretrieve(url, target)  # noqa: S310 - the URL PyPI gave
print(target)
