"""Words of keys in scripts whose letters carry combining marks (script_words, field_match.words_of_key).

Python's `\\w` leaves out vowel signs and viramas (Unicode Mn, Mc), so the old split `[^\\W\\d_]+` cut every
Devanagari, Tamil, Telugu, Kannada, Bengali, Sinhala, Khmer, Lao and Myanmar word at each sign (`उत्तर` -> `उत`,
`तर`), and a Latin accent written as a separate mark likewise (`résumé` decomposed -> `re`, `sume`)."""

from __future__ import annotations

import re

import pytest

from curation.ingest.interactions.field_fit import words
from curation.ingest.interactions.field_match import words_of_key
from curation.ingest.interactions.rules import support_given_in_text
from curation.ingest.interactions.script_words import letter_words, mark_class, with_marks

#: hand-written keys (`answer_rejected`, `character_name`, ...) -> their words
KEYS = {
    "उत्तर_अस्वीकृत": ["उत्तर", "अस्वीकृत"],  # Devanagari
    "பதில்_உரை": ["பதில்", "உரை"],  # Tamil
    "పాత్ర_పేరు": ["పాత్ర", "పేరు"],  # Telugu
    "ಪಾತ್ರದ_ಹೆಸರು": ["ಪಾತ್ರದ", "ಹೆಸರು"],  # Kannada
    "চরিত্রের-নাম": ["চরিত্রের", "নাম"],  # Bengali
    "චරිත නම": ["චරිත", "නම"],  # Sinhala
    "ឈ្មោះ_តួអង្គ": ["ឈ្មោះ", "តួអង្គ"],  # Khmer
    "ຊື່_ຕົວລະຄອນ": ["ຊື່", "ຕົວລະຄອນ"],  # Lao
    "ဇာတ်ကောင်_အမည်": ["ဇာတ်ကောင်", "အမည်"],  # Myanmar
    "re\u0301sume\u0301_note": ["re\u0301sume\u0301", "note"],  # Latin, the accents decomposed
}
_OLD_SPLIT = re.compile(r"[^\W\d_]+")


@pytest.mark.parametrize("key", KEYS)
def test_a_word_keeps_its_vowel_signs_and_viramas(key):
    assert letter_words(key) == KEYS[key]
    # the old split cut the same key into more, meaningless pieces
    assert len(_OLD_SPLIT.findall(key)) > len(KEYS[key])


@pytest.mark.parametrize("key", [k for k in KEYS if not words(k)])
def test_a_key_in_a_script_words_does_not_read_is_its_whole_words(key):
    assert words_of_key(key) == set(KEYS[key])


def test_a_latin_key_with_its_accents_decomposed_is_read_by_words():
    assert words_of_key("re\u0301sume\u0301_note") == {"resume", "note"}


def test_a_form_numbering_and_a_list_mark_are_no_words():
    assert words_of_key("೩․೨_ಪಾತ್ರದ_ಹೆಸರು[]") == {"ಪಾತ್ರದ", "ಹೆಸರು"}


def test_a_mark_after_a_separator_or_a_digit_is_no_letter():
    assert letter_words("_\u093e3\u093eक") == ["क"]
    assert letter_words("Mixed उत्तर2note") == ["Mixed", "उत्तर", "note"]


def test_the_mark_class_holds_every_mark_and_nothing_else():
    marks = re.compile(mark_class())
    for ch in "\u0301\u093e\u094d\u0902\u0bcd\u0c3e\u0ccd\u09bf\u0dd2\u17d2\u0eb7\u103a\U0001d167\U000e0100":
        assert marks.fullmatch(ch), hex(ord(ch))
    for ch in "a_1 -.\u0915\u3042":
        assert not marks.fullmatch(ch), ch


def test_words_between_the_verb_and_the_number_keep_their_marks():
    # (the old gap word `[\w'’-]+` stopped at the first vowel sign, so the number was never reached)
    assert re.fullmatch(with_marks(r"[\w'’]"), "नहीं")
    assert support_given_in_text("She gives उसे केवल 6 support.") == 6.0
