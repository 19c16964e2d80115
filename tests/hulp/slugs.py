"""De slugs van opgaven, profielen en schuiven zoals de issues ze vastleggen.
Het zijn publieke adressen: de tests houden ze vast, los van de data."""

OPGAVEN = [
    "breed-bereik",
    "actief-faciliteren",
    "open-podium",
    "structuur-en-methodiek",
    "samenwerking-met-mandaat",
    "ruimte-vrij-maken",
    "ruimte-voor-professionals",
    "dienstverlening",
    "profiel",
    "rugdekking",
]
PROFIELEN = [
    "ontwikkelende-gemeente",
    "participatieve-gemeente",
    "organisatiegerichte-gemeente",
    "toenaderingsgerichte-gemeente",
    "gekantelde-gemeente",
]
SCHUIVEN = ["positionering-intern", "proces-binnen-gemeente", "proces-met-bewoners", "bestuur-en-politiek", "communicatie"]
