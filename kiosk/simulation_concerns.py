"""Simulated citizen concerns, for demos, staff training and benchmarks (Qt-free).

Realistic texts per category in Arabic, French and Tamazight, a neighbourhood for most,
contact details (with consent) for about a third, and for older concerns the desk's
follow-up: some in progress, some answered with a public reply, a few closed or rejected.
Every concern goes through the `Office` facade, so it has its tracking code, history
and outbox events like one registered at the kiosk.
"""
from __future__ import annotations

import datetime as dt
import random

from kiosk.domain.clock import FixedClock
from kiosk.domain.concerns import ConcernDraft, Contact

TEXTS: dict[str, dict[str, list[str]]] = {
    "roads": {
        "ar": ["حفرة كبيرة في الطريق أمام المدرسة تشكل خطرا على الأطفال", "الرصيف مكسور ولا يمكن للكراسي المتحركة المرور"],
        "fr": ["Un grand nid-de-poule devant l'école, dangereux pour les enfants", "Le trottoir est cassé, les fauteuils roulants ne passent pas"],
        "kab": ["Yella lḥefra tameqqrant deg ubrid zdat n uɣerbaz", "Abrid n yiḍarren yerrez, ur tezmir ara ad tɛeddi tkursit"],
    },
    "water": {
        "ar": ["انقطاع الماء منذ ثلاثة أيام في حينا", "تسرب كبير للمياه في القناة الرئيسية قرب السوق"],
        "fr": ["Pas d'eau depuis trois jours dans notre quartier", "Grosse fuite d'eau sur la conduite près du marché"],
        "kab": ["Ulac aman seg kraḍ wussan deg taddart-nneɣ", "Aman ttazzalen deg ubrid zdat n ssuq"],
    },
    "lighting": {
        "ar": ["أعمدة الإنارة العمومية معطلة في الشارع منذ شهر", "الشارع مظلم تماما في الليل"],
        "fr": ["L'éclairage public est en panne dans la rue depuis un mois", "La rue est complètement sombre la nuit"],
        "kab": ["Tafat n ubrid texsi seg yiwen wayyur", "Abrid d aberkan s yiḍ"],
    },
    "waste": {
        "ar": ["النفايات لم ترفع منذ أسبوع قرب العمارة", "حاويات القمامة ممتلئة والروائح كريهة"],
        "fr": ["Les ordures ne sont pas ramassées depuis une semaine près de l'immeuble", "Les bennes débordent et l'odeur est insupportable"],
        "kab": ["Iḍumman ur ttwakksen ara seg yiwen yimalas", "Ibidunen n yiḍumman čuṛen"],
    },
    "civil_status": {
        "ar": ["خطأ في اسمي في شهادة الميلاد وأحتاج إلى تصحيحه", "طلبت الدفتر العائلي منذ شهرين ولم أستلمه"],
        "fr": ["Erreur dans mon nom sur l'acte de naissance, je dois la faire corriger", "J'ai demandé le livret de famille il y a deux mois, toujours rien"],
        "kab": ["Yella uɣlaḍ deg yisem-iw deg lkaɣeḍ n tlalit", "Sutreɣ adlis n twacult seg sin wayyuren"],
    },
    "building_permits": {
        "ar": ["ملف رخصة البناء متوقف منذ أربعة أشهر دون رد", "بناء فوضوي يسد الطريق في حينا"],
        "fr": ["Mon dossier de permis de construire est bloqué depuis quatre mois", "Une construction illicite bloque la rue du quartier"],
        "kab": ["Afaylu n turagt n lebni yeqqim seg ukkuẓ wayyuren", "Yiwen lebni yegdel abrid n taddart"],
    },
    "social": {
        "ar": ["أم لثلاثة أطفال بدون دخل وأطلب مساعدة اجتماعية", "شخص مسن يعيش وحده ويحتاج إلى زيارة"],
        "fr": ["Mère de trois enfants sans revenu, je demande une aide sociale", "Une personne âgée vit seule et a besoin d'une visite"],
        "kab": ["Yemma n kraḍ warrac, ulac aṣuṛdi, sutreɣ tallelt", "Yiwen umɣar yezdeɣ iman-is, yeḥwaǧ tirzi"],
    },
    "other": {
        "ar": ["أقترح فتح المكتب يوم السبت صباحا للعمال", "الكلاب الضالة كثيرة قرب المدرسة"],
        "fr": ["Je propose d'ouvrir le bureau le samedi matin pour ceux qui travaillent", "Beaucoup de chiens errants près de l'école"],
        "kab": ["Ssumreɣ ad yeldi lbiru ass n ssebt taṣebḥit", "Aṭas n yiḍan deg tmeɣra n uɣerbaz"],
    },
}
PLACES = ["Cité 500 logements", "Rue Larbi Ben M'hidi", "حي الأمل", "Quartier Sidi Ali", "Tizi n Tlata", "حي 20 أوت"]
NAMES = ["Fatima Z.", "Mohamed B.", "Nadia H.", "Yacine K.", "Karima A.", "Said M."]
ANSWERS = {
    "ar": "تم إرسال فرقة تقنية وسيعالج المشكل خلال هذا الأسبوع.",
    "fr": "Une équipe technique a été envoyée ; le problème sera traité cette semaine.",
    "kab": "Yettwazen yiwen ugraw n tiknikt; ugur ad yettwafru ddurt-a.",
}


def simulate_concerns(office, count: int, *, days: int = 30, seed: int | None = None) -> int:
    """Register `count` concerns spread over the last `days` days; returns how many."""
    clock = office.clock
    if not isinstance(clock, FixedClock):
        raise ValueError("simulating concerns needs an office with a FixedClock")
    rng = random.Random(seed)
    now = clock.now()
    categories = [c.code for c in office.catalogue.concern_categories if c.code in TEXTS]
    moments = sorted(now - dt.timedelta(seconds=rng.uniform(0, days * 86400)) for _ in range(count))
    registered = 0
    for at in moments:
        clock.set(at)
        language = rng.choice(["ar", "ar", "fr", "kab"])
        category = rng.choice(categories)
        contact = None
        if rng.random() < 0.33:
            contact = Contact(rng.choice(NAMES), f"0{rng.choice('567')}{rng.randrange(10**8):08d}")
        draft = ConcernDraft(category, rng.choice(TEXTS[category][language]), language,
                             rng.choice(PLACES) if rng.random() < 0.7 else None, contact, consent=contact is not None)
        concern = office.register_concern(draft)
        registered += 1
        age_days = (now - at).total_seconds() / 86400
        if age_days > 2 and rng.random() < 0.6:
            clock.set(at + dt.timedelta(days=1))
            office.change_concern_status(concern.code, "in_progress", staff="sim-supervisor")
            if age_days > 7 and rng.random() < 0.7:
                clock.set(at + dt.timedelta(days=min(age_days - 1, 6)))
                office.add_concern_note(concern.code, ANSWERS[language], True, "sim-supervisor")
                office.change_concern_status(concern.code, "answered", staff="sim-supervisor")
                if rng.random() < 0.3:
                    office.change_concern_status(concern.code, "closed", staff="sim-supervisor")
        elif age_days > 2 and rng.random() < 0.05:
            clock.set(at + dt.timedelta(days=1))
            office.change_concern_status(concern.code, "rejected", reason="Hors compétence de la commune",
                                         staff="sim-supervisor")
    clock.set(now)
    return registered
