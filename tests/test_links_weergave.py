"""wijktool.weergave.links: links vanaf de wortel van de site, zonder vaste diepte."""

from __future__ import annotations

import pytest

from wijktool.weergave.links import vanaf


@pytest.mark.parametrize(
    "basis, verwacht", [("", "opgaven/x/"), ("./", "./opgaven/x/"), ("../", "../opgaven/x/"), ("../..", "../../opgaven/x/")]
)
def test_vanaf_zet_de_basis_voor_het_doel(basis, verwacht):
    assert vanaf(basis)("opgaven/x/") == verwacht


@pytest.mark.parametrize("basis", ["/", "https://elders.example/", "//elders.example/", "javascript:alert(1)//", "../map/", "..//"])
def test_vanaf_weigert_een_basis_die_ergens_anders_heen_wijst(basis):
    with pytest.raises(ValueError):
        vanaf(basis)
