// Ingang van alle scanpagina's: laadt het script van de scan op deze pagina.
if (document.getElementById("zelfscan")) import("./schuifoefening.js");
else if (document.getElementById("volwassenheidsscan")) import("./volwassenheid.js");
else if (document.getElementById("checklistoverzicht")) import("./checklistoverzicht.js");
