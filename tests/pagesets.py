"""Small article sets written for the page tests: one story in French, German and Arabic
(two outlets each, facts shared so the brief cites both), and an English set whose sources
name themselves only by a link, a title or nothing at all."""

from __future__ import annotations

from typing import Any

FRENCH: list[dict[str, Any]] = [
    {"title": "Le pont de Valmont fermé après la découverte d'une fissure",
     "source": "Le Courrier", "published": "2025-03-04",
     "text": ("Le pont de Valmont a été fermé mardi après la découverte d'une fissure sur sa "
              "travée principale, a annoncé la mairie. "
              "Environ quatre mille voitures empruntent le pont de Valmont chaque jour. "
              "Les ingénieurs inspecteront la travée principale du pont jeudi. "
              "Une déviation par le centre-ville a été mise en place.")},
    {"title": "Fissure sur le pont de Valmont : la circulation coupée",
     "source": "Radio Valmont", "published": "2025-03-04",
     "text": ("Depuis mardi, plus aucun véhicule ne franchit le pont de Valmont : les "
              "services municipaux y ont repéré une fissure. "
              "L'ouvrage, construit en 1974, voit passer quatre mille voitures par jour. "
              "Des ingénieurs doivent ausculter la structure jeudi. "
              "Les commerçants du quai redoutent une baisse de leur chiffre d'affaires. "
              "Le maire n'a donné aucune date de réouverture.")},
]

GERMAN: list[dict[str, Any]] = [
    {"title": "Brücke in Waldheim nach Riss gesperrt", "source": "Waldheimer Zeitung",
     "published": "2025-03-04",
     "text": ("Die Brücke in Waldheim ist am Dienstag nach dem Fund eines Risses im Hauptträger "
              "gesperrt worden, teilte die Stadt mit. "
              "Täglich fahren etwa viertausend Autos über die Brücke in Waldheim. "
              "Ingenieure wollen den Hauptträger der Brücke am Donnerstag untersuchen. "
              "Eine Umleitung durch die Innenstadt ist ausgeschildert.")},
    {"title": "Riss im Hauptträger: Brücke in Waldheim dicht", "source": "Radio Waldheim",
     "published": "2025-03-04",
     "text": ("Die Stadt hat die Brücke in Waldheim am Dienstag gesperrt, nachdem ein Riss im "
              "Hauptträger entdeckt worden war. "
              "Nach Angaben der Stadt nutzen täglich viertausend Autos die Brücke in Waldheim. "
              "Am Donnerstag sollen Ingenieure den Hauptträger der Brücke prüfen. "
              "Busse fahren während der Sperrung durch die Innenstadt.")},
]

ARABIC: list[dict[str, Any]] = [
    {"title": "إغلاق جسر المدينة بعد اكتشاف شرخ", "source": "صحيفة المدينة",
     "published": "2025-03-04",
     "text": ("أغلقت البلدية جسر المدينة يوم الثلاثاء بعد اكتشاف شرخ في الدعامة الرئيسية. "
              "يعبر نحو أربعة آلاف سيارة جسر المدينة كل يوم. "
              "سيفحص المهندسون الدعامة الرئيسية للجسر يوم الخميس. "
              "وضعت البلدية طريقا بديلا عبر وسط المدينة.")},
    {"title": "شرخ في الدعامة الرئيسية يغلق جسر المدينة", "source": "إذاعة المدينة",
     "published": "2025-03-04",
     "text": ("منذ يوم الثلاثاء لم تعد السيارات تعبر جسر المدينة بعدما رصد موظفو البلدية "
              "شرخا فيه. "
              "الجسر الذي بني عام 1974 تمر عليه أربعة آلاف سيارة يوميا. "
              "ومن المقرر أن يفحص المهندسون البناء يوم الخميس. "
              "ويخشى أصحاب المتاجر على الرصيف تراجع مبيعاتهم. "
              "ولم يحدد رئيس البلدية موعدا لإعادة فتح الجسر.")},
]

SETS = {"french": FRENCH, "german": GERMAN, "arabic": ARABIC}

# English: the first names itself by its link only, the second by its title only, the third
# by nothing; their facts are shared, so all three are cited.
UNNAMED: list[dict[str, Any]] = [
    {"url": "https://www.harbour-news.example/bridge", "published": "2025-03-04",
     "text": ("The Averil footbridge was closed on Tuesday after engineers found a crack in its "
              "main span. About 4,000 commuters use the footbridge every day.")},
    {"title": "Averil footbridge shut by crack",
     "text": ("Since Tuesday nobody has been allowed onto the Averil footbridge, where "
              "inspectors spotted a crack. Some 4,000 commuters now take the long way round. "
              "Shops on the quay fear a quiet month.")},
    {"text": ("A crack in the Averil footbridge closed it on Tuesday. The harbour authority "
              "said repairs could take weeks. The ferry timetable is unchanged.")},
]
