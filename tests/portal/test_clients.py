import pytest
from django.test import RequestFactory, override_settings

from portal.clients import address_hash, client_ip, request_address_hash, wants_json

rf = RequestFactory()


def test_client_ip_ignores_forwarded_for_by_default():
    request = rf.get("/", REMOTE_ADDR="10.0.0.5", HTTP_X_FORWARDED_FOR="1.2.3.4")
    assert client_ip(request) == "10.0.0.5"


@override_settings(TRUSTED_PROXY_COUNT=1)
def test_client_ip_takes_the_address_our_proxy_appended():
    request = rf.get("/", REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR="6.6.6.6, 203.0.113.9")
    assert client_ip(request) == "203.0.113.9"


@override_settings(TRUSTED_PROXY_COUNT=2)
def test_client_ip_falls_back_to_remote_addr_when_the_chain_is_too_short():
    request = rf.get("/", REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR="203.0.113.9")
    assert client_ip(request) == "10.0.0.1"


@override_settings(TRUSTED_PROXY_COUNT=1)
def test_client_ip_refuses_a_forged_non_address():
    request = rf.get("/", REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR="<script>")
    assert client_ip(request) == "0.0.0.0"


def test_address_hash_is_salted_keyed_and_purpose_bound():
    digest = address_hash("203.0.113.9")
    assert "203.0.113.9" not in digest and len(digest) == 64
    assert digest == address_hash("203.0.113.9")
    assert digest != address_hash("203.0.113.9", purpose="poll")
    with override_settings(ADDRESS_HASH_SALT="another-salt"):
        assert address_hash("203.0.113.9") != digest


def test_request_address_hash_uses_the_client_ip():
    request = rf.get("/", REMOTE_ADDR="198.51.100.7")
    assert request_address_hash(request) == address_hash("198.51.100.7")


@pytest.mark.parametrize(
    "headers, expected",
    [
        ({"Accept": "application/json"}, True),
        ({"Accept": "text/html, application/json;q=0.9"}, True),
        ({"X-Requested-With": "XMLHttpRequest"}, True),
        ({"Accept": "text/html,application/xhtml+xml,*/*;q=0.8"}, False),
        ({"X-Requested-With": "com.example.browser"}, False),  # what some Android apps send
        ({}, False),
    ],
)
def test_wants_json_recognises_our_scripts_by_accept_or_x_requested_with(headers, expected):
    assert wants_json(rf.get("/", headers=headers)) is expected


def test_ipv6_clients_are_grouped_by_their_slash_64():
    from portal.clients import network

    assert network("2001:db8:1:2:aaaa::1") == network("2001:db8:1:2:ffff:1:2:3") == "2001:db8:1:2::"
    assert network("2001:db8:1:3::1") != network("2001:db8:1:2::1")
    assert network("203.0.113.7") == "203.0.113.7"
    assert network("::ffff:203.0.113.7") == "203.0.113.7"


def test_the_vote_cap_counts_one_ipv6_slash_64_as_one_client():
    from portal.clients import request_network_hash

    one = rf.get("/", REMOTE_ADDR="2001:db8:1:2::1")
    other = rf.get("/", REMOTE_ADDR="2001:db8:1:2:9:9:9:9")
    assert request_network_hash(one, "poll") == request_network_hash(other, "poll")
