import pytest

from optout_gui.core.guide import GuideError, guide_path, load_guide
from optout_gui.core.urls import META_DOMAINS, UrlRefused, check_url
from optout_gui.ui.common import urlopen

GOOD = [
    "https://www.facebook.com/help/contact/712876720715583",
    "https://facebook.com/privacy/genai/",
    "https://help.instagram.com/contact/767264225370182",
    "https://WWW.FACEBOOK.COM/help",
    "https://www.facebook.com:443/help",
]
BAD = [
    "http://www.facebook.com/help/contact/712876720715583",
    "file:///etc/passwd",
    "javascript:alert(1)",
    "https://facebook.com.evil.example/help",
    "https://evilfacebook.com/help",
    "https://www.facebook.com@evil.example/",
    "https://evil.example\\@www.facebook.com/",
    "https://evil.example/?x=https://www.facebook.com",
    "https://www.facebook.com:8443/help",
    "https:///help",
    "https://www.facebook.com/ help",
    "https://www.faceb\u043eok.com/help",
    "",
    "https://[::1]/",
]


@pytest.mark.parametrize("url", GOOD)
def test_official_links_pass(url):
    assert check_url(url, META_DOMAINS) == url


@pytest.mark.parametrize("url", BAD)
def test_other_links_are_refused(url):
    with pytest.raises(UrlRefused):
        check_url(url, META_DOMAINS)


@pytest.mark.parametrize("url", BAD)
def test_opener_refuses_at_the_moment_of_opening(url, opened_urls):
    with pytest.raises(UrlRefused):
        urlopen.open_external_url(url)
    assert opened_urls == []


@pytest.mark.parametrize(
    "tampered",
    [
        "https://www.facebook.com.evil.example/help/contact/712876720715583",
        "http://www.facebook.com/help/contact/712876720715583",
        "file:///home/someone/form.html",
        "javascript:alert(document.cookie)",
    ],
)
def test_tampered_guide_file_is_refused_on_load(tmp_path, tampered):
    original = guide_path().read_text(encoding="utf-8")
    edited = original.replace("https://www.facebook.com/help/contact/712876720715583", tampered)
    assert edited != original
    path = tmp_path / "en.toml"
    path.write_text(edited, encoding="utf-8")
    with pytest.raises(GuideError, match="refused"):
        load_guide(path)


def test_page_refuses_a_link_changed_after_loading(qtbot, tmp_path, opened_urls):
    """Even if a bad link got past loading, the opener checks again and the page explains."""
    from optout_gui.ui.wizard.window import ObjectionWizard, PageId
    from tests.helpers import open_session

    guide = load_guide()
    facebook = guide.accounts["facebook"]._replace(form_url="https://facebook.com.evil.example/x")
    guide = guide._replace(accounts={**guide.accounts, "facebook": facebook})
    session = open_session(tmp_path, guide)
    session.update(account="facebook", country="DE", page="open_form")
    wizard = ObjectionWizard(guide, session)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.resume()
    assert wizard.currentId() == PageId.OPEN_FORM
    page = wizard.currentPage()
    assert page.open_link(facebook.form_url) is False
    assert opened_urls == []
    assert "not opened" in page.open_status.text()


def test_every_authority_link_is_on_the_allow_list():
    from optout_gui.core.complaint import load_authorities
    from optout_gui.core.urls import OFFICIAL_DOMAINS

    authorities = load_authorities()
    assert len(authorities) >= 33
    for authority in authorities.values():
        assert check_url(authority.url, OFFICIAL_DOMAINS) == authority.url


@pytest.mark.parametrize(
    "tampered",
    ["https://www.cnil.fr.evil.example/plaintes", "http://www.cnil.fr/", "file:///tmp/x.html"],
)
def test_tampered_authority_file_is_refused(tmp_path, tampered):
    from optout_gui.core.jurisdictions import JurisdictionDataError, load_legal_data
    from optout_gui.core.resources import resources_dir

    original = (resources_dir() / "authorities.toml").read_text(encoding="utf-8")
    edited = original.replace(
        'url = "https://www.cnil.fr/fr/adresser-une-plainte"', f'url = "{tampered}"'
    )
    assert edited != original
    (tmp_path / "authorities.toml").write_text(edited, encoding="utf-8")
    laws = (resources_dir() / "jurisdictions.toml").read_text(encoding="utf-8")
    (tmp_path / "jurisdictions.toml").write_text(laws, encoding="utf-8")
    with pytest.raises(JurisdictionDataError, match="refused"):
        load_legal_data(tmp_path)
