from conftest import page


def test_tiny_site_builds(tiny_built):
    assert page(tiny_built, "essays/werk-eerst").h1.get_text() == "Werk eerst"
