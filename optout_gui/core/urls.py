"""Which web pages the app may open: https pages of Meta and of data-protection authorities.

The allow-list lives in code on purpose: the guide and authority files are meant to be
edited by hand, so a tampered or mistaken file must not be able to widen it.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

META_DOMAINS = ("facebook.com", "instagram.com", "meta.com")
# Data-protection authorities' sites, for complaints (resources/authorities.toml must stay
# within these; adding an authority means adding its domain here, in a reviewed change).
AUTHORITY_DOMAINS: tuple[str, ...] = (
    "aepd.es", "aki.ee", "autoriteitpersoonsgegevens.nl", "azop.hr", "bfdi.bund.de",
    "cnil.fr", "cnpd.pt", "cnpd.public.lu", "cpdp.bg", "dataprotection.gov.cy",
    "dataprotection.gov.sk", "dataprotection.ie", "dataprotection.ro",
    "dataprotectionauthority.be", "datatilsynet.dk", "datatilsynet.no",
    "datenschutzstelle.li", "dpa.gr", "dsb.gv.at", "dvi.gov.lv", "edoeb.admin.ch",
    "garanteprivacy.it", "ico.org.uk", "idpc.org.mt", "imy.se", "ip-rs.si", "naih.hu",
    "personuvernd.is", "tietosuoja.fi", "uodo.gov.pl", "uoou.gov.cz", "vdai.lrv.lt",
    "www.gov.br",  # Brazil's ANPD lives under the federal portal, at www.gov.br/anpd
    "autoriteprotectiondonnees.be",  # Belgium's complaint page (French site)
    # Germany's 16 federal-state authorities (complaints about companies go to them)
    "baden-wuerttemberg.datenschutz.de", "lda.bayern.de", "datenschutz-berlin.de",
    "lda.brandenburg.de", "datenschutz.bremen.de", "datenschutz-hamburg.de",
    "datenschutz.hessen.de", "datenschutz-mv.de", "lfd.niedersachsen.de", "ldi.nrw.de",
    "datenschutz.rlp.de", "datenschutz.saarland.de", "datenschutz.sachsen.de",
    "datenschutz.sachsen-anhalt.de", "datenschutzzentrum.de", "tlfdi.de",
)  # fmt: skip
# The other services whose AI-training settings and forms the checklist opens
# (resources/services/*.toml must stay within these; a new service's domain is added here,
# in a reviewed change).
OTHER_SERVICE_DOMAINS: tuple[str, ...] = (
    "linkedin.com", "google.com", "whatsapp.com", "x.com", "medium.com", "substack.com",
    "facebook.com",
)  # fmt: skip
OFFICIAL_DOMAINS = META_DOMAINS + AUTHORITY_DOMAINS

# Characters that different URL parsers (ours, Qt's, the browser's) may read differently.
_AMBIGUOUS = re.compile(r"[\s\\@\x00-\x1f\x7f]")


class UrlRefused(ValueError):
    """A link that the app will not open, with the reason in plain words."""


def host_of(url: str) -> str:
    return (urlsplit(url).hostname or "").lower()


def host_matches(host: str, domains: tuple[str, ...] | frozenset[str]) -> bool:
    host = host.lower().rstrip(".")
    return any(host == d or host.endswith("." + d) for d in domains)


def check_url(url: str, allowed_domains: tuple[str, ...] | frozenset[str] = META_DOMAINS) -> str:
    """Return ``url`` if it is an https link to an allowed site; raise UrlRefused otherwise."""
    if not isinstance(url, str) or not url:
        raise UrlRefused("the link is empty")
    if len(url) > 2000:
        raise UrlRefused("the link is far too long")
    if _AMBIGUOUS.search(url):
        raise UrlRefused("the link contains spaces, backslashes, @ or control characters")
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        raise UrlRefused("the link is not a valid web address") from None
    if parts.scheme != "https":
        raise UrlRefused("only https:// links are opened")
    if port not in (None, 443):
        raise UrlRefused("the link uses an unusual port")
    host = (parts.hostname or "").lower()
    if not host or not host_matches(host, allowed_domains):
        raise UrlRefused(f"“{host or '?'}” is not one of the official sites this app opens")
    return url
