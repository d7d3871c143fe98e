"""Which detectors run on a note, and in what order; `engine` settles what they find."""

from __future__ import annotations

from dialogs.anonymise import (
    collar_numbers,
    lower_notes,
    plate_asides,
    plate_bare_rides,
    plate_bays,
    plate_car_owners,
    plate_cues,
    plate_drivers,
    plate_neighbours,
    plate_phrases,
    plate_standing,
    plate_waits,
    plate_year_letters,
    scan,
)
from dialogs.anonymise.bare_streets import bare_streets
from dialogs.anonymise.beside_found_names import beside_found_names
from dialogs.anonymise.bilingual_labels import drop_bilingual_labels
from dialogs.anonymise.call_heading_numbers import call_heading_numbers
from dialogs.anonymise.caps_lines import people_in_caps_lines, people_in_inverted_caps, schools_in_inverted_caps
from dialogs.anonymise.caps_neighbours import caps_neighbours
from dialogs.anonymise.caps_surnames import caps_surnames
from dialogs.anonymise.chat_addressees import chat_addressees
from dialogs.anonymise.chat_handles import chat_speakers, spread_handles
from dialogs.anonymise.chat_heads import chat_heads
from dialogs.anonymise.chat_names import chat_names, later_lower_nicknames
from dialogs.anonymise.clause_cued_leftovers import clause_cued_leftovers
from dialogs.anonymise.closing_numbers import closing_numbers
from dialogs.anonymise.colleges import college_names
from dialogs.anonymise.company_names import aliases_of_people, company_names
from dialogs.anonymise.controller_nicknames import controllers_signatures_and_houses
from dialogs.anonymise.cued_leftovers import cued_leftovers
from dialogs.anonymise.cued_word_names import cued_word_names
from dialogs.anonymise.dates import find_dates
from dialogs.anonymise.deed_nicknames import deed_nicknames, spread_caps_nicknames
from dialogs.anonymise.described_homes import described_houses, named_settings
from dialogs.anonymise.described_people import described_speakers, named_before_phones
from dialogs.anonymise.dotted_handles import dotted_handles, handles_after_their_names
from dialogs.anonymise.doubled_scheme_names import doubled_scheme_numbers
from dialogs.anonymise.drug_contact_names import drug_contact_names
from dialogs.anonymise.eponyms import drop_eponyms
from dialogs.anonymise.flat_marks import streets_with_num
from dialogs.anonymise.floors_and_rooms import named_blocks, numbered_by_floor
from dialogs.anonymise.forces_note_rules import forces_note_spans
from dialogs.anonymise.gaming_tags import gaming_tags
from dialogs.anonymise.given_before_dated_surnames import given_before_dated_surnames
from dialogs.anonymise.given_before_surnames import given_before_surnames
from dialogs.anonymise.given_lower_names import given_lower_names
from dialogs.anonymise.glued_house_names import glued_house_names
from dialogs.anonymise.greeting_names import greeting_names
from dialogs.anonymise.halves_and_short_forms import halves_and_short_forms
from dialogs.anonymise.handle_owner_words import handle_spelled_names, profile_owners
from dialogs.anonymise.header_people import header_people
from dialogs.anonymise.heading_numbers import heading_numbers
from dialogs.anonymise.homes_before_streets import homes_before_streets
from dialogs.anonymise.house_names import named_homes
from dialogs.anonymise.house_parts import units_in_lower_blocks
from dialogs.anonymise.houses_by_streets import houses_by_streets
from dialogs.anonymise.incident_numbers import incident_numbers
from dialogs.anonymise.initialled_names import dotted_initial_names, initials_before_found
from dialogs.anonymise.listed_given_names import cared_for_names, given_names_of_listed
from dialogs.anonymise.localities import drop_localities
from dialogs.anonymise.log_subjects import log_subjects
from dialogs.anonymise.minutes_initials import minutes_initials
from dialogs.anonymise.name_shapes import extend_people
from dialogs.anonymise.name_spread import spread_people
from dialogs.anonymise.named_numbers import named_numbers
from dialogs.anonymise.names import find_people
from dialogs.anonymise.nicknames import find_nicknames
from dialogs.anonymise.notified_numbers import notified_numbers
from dialogs.anonymise.numbered_street_cues import numbered_street_cues, numbered_streets_in_inverted_caps
from dialogs.anonymise.off_streets import off_streets
from dialogs.anonymise.old_homes_and_named_fronts import old_homes_and_named_fronts
from dialogs.anonymise.one_word_streets import one_word_streets
from dialogs.anonymise.patterns import find_all
from dialogs.anonymise.phrase_nicknames import phrase_nicknames
from dialogs.anonymise.place_merges import settle_places
from dialogs.anonymise.places import find_addresses, find_schools
from dialogs.anonymise.plate_caps_tags import caps_tag_plates
from dialogs.anonymise.posted_as_handles import posted_as_handles
from dialogs.anonymise.relation_names import relation_names
from dialogs.anonymise.review_numbers import review_numbers
from dialogs.anonymise.room_homes import named_flats, room_homes
from dialogs.anonymise.rooms_in_ty_and_odd_case_homes import rooms_in_ty_and_odd_case_homes
from dialogs.anonymise.school_cues import cued_schools, settings_after_schools
from dialogs.anonymise.school_fields import school_fields
from dialogs.anonymise.school_pairs import schools_after_schools
from dialogs.anonymise.school_short_kinds import school_short_kinds
from dialogs.anonymise.school_years import years_after_schools
from dialogs.anonymise.schools_by_site import schools_by_site
from dialogs.anonymise.service_places import drop_service_places
from dialogs.anonymise.signed_initials import find_signed_initials
from dialogs.anonymise.signed_roles import signed_roles
from dialogs.anonymise.staff_signoffs import staff_signoffs
from dialogs.anonymise.stay_cues import stay_cues
from dialogs.anonymise.storage_and_flats_over import storage_and_flats_over
from dialogs.anonymise.street_comma_numbers import street_comma_numbers
from dialogs.anonymise.street_nicknames import prefixed_found_names, street_nicknames
from dialogs.anonymise.street_then_number import glued_house_numbers, numbers_before_postcodes, streets_then_numbers
from dialogs.anonymise.student_halls import student_halls
from dialogs.anonymise.taxi_plates import taxi_plates
from dialogs.anonymise.told_names import told_names
from dialogs.anonymise.told_nicknames import told_nicknames
from dialogs.anonymise.town_positions import drop_towns
from dialogs.anonymise.tracking_numbers import tracking_numbers
from dialogs.anonymise.types import EntityType, Span
from dialogs.anonymise.units_in_named_homes import the_before_flats, units_in_named_homes
from dialogs.anonymise.visited_homes import visited_homes
from dialogs.anonymise.ward_list_names import ward_list_names


def detect(text: str) -> list[Span]:
    """Every detector's spans for the note, before overlaps are settled. The order matters: later rules read
    what earlier ones found (plates before their neighbours, people before the names beside them)."""
    digits = scan.digit_scan(text)
    spans: list[Span] = []
    spans.extend(find_all(text, digits))
    if digits.runs:
        spans.extend(plate_neighbours.spaced_lower_plates(text))
        spans.extend(plate_neighbours.plates_ridden_in(text))
        spans.extend(plate_cues.cued_plates(text))
        spans.extend(plate_standing.standing_plates(text))
        spans.extend(plate_drivers.driven_plates(text))
        spans.extend(plate_phrases.phrase_plates(text))
        spans.extend(caps_tag_plates(text))
        spans.extend(plate_waits.waited_in_plates(text))
        spans.extend(plate_bays.bay_plates(text))
        spans.extend(plate_asides.aside_plates(text))
        spans.extend(plate_bare_rides.bare_ride_plates(text))
        spans.extend(plate_car_owners.owned_car_plates(text))
        plates = [sp for sp in spans if sp.type is EntityType.VEHICLE_REG]
        spans.extend(plate_neighbours.listed_plates(text, plates))
        spans.extend(plate_neighbours.codes_before_plates(text, plates))
        spans.extend(plate_year_letters.year_letters_before(text, plates))
        spans.extend(list(plate_bays.tags_with_letters(text, spans)))  # listed plates too
        spans.extend(collar_numbers.collar_numbers(text, digits))
        spans.extend(heading_numbers(text, digits))
        spans.extend(call_heading_numbers(text, digits))
        spans.extend(doubled_scheme_numbers(text, digits))
        spans.extend(notified_numbers(text))
        spans.extend(closing_numbers(text))
        spans.extend(incident_numbers(text))
        spans.extend(taxi_plates(text))
        spans.extend(tracking_numbers(text))
        spans.extend(storage_and_flats_over(text))
    spans.extend(find_dates(text, digits))
    if digits.runs:
        spans.extend(review_numbers(text))
    spans.extend(find_addresses(text, digits))
    spans.extend(bare_streets(text))
    spans.extend(one_word_streets(text))
    spans.extend(off_streets(text))
    spans.extend(homes_before_streets(text))
    spans.extend(units_in_named_homes(text))
    spans.extend(named_numbers(text))
    spans.extend(glued_house_names(text))
    spans.extend(rooms_in_ty_and_odd_case_homes(text))
    spans.extend(old_homes_and_named_fronts(text))
    postcodes = [sp for sp in spans if sp.type is EntityType.POSTCODE]
    spans.extend(named_homes(text, postcodes))
    if digits.runs:
        spans.extend(streets_then_numbers(text, digits))
        spans.extend(glued_house_numbers(text, digits))
        spans.extend(street_comma_numbers(text))
        spans.extend(numbers_before_postcodes(text, postcodes))
        spans.extend(numbered_street_cues(text))
        spans.extend(numbered_streets_in_inverted_caps(text))
    spans.extend(named_settings(text))
    spans.extend(houses_by_streets(text))
    spans.extend(named_blocks(text))
    spans.extend(units_in_lower_blocks(text))
    spans.extend(student_halls(text))
    spans.extend(streets_with_num(text))
    spans.extend(stay_cues(text))
    spans.extend(numbered_by_floor(text))
    spans.extend(described_houses(text))
    spans.extend(room_homes(text))
    spans.extend(list(named_flats(text, spans)))
    spans.extend(list(the_before_flats(text, spans)))
    spans.extend(find_schools(text))
    spans.extend(schools_in_inverted_caps(text, find_schools))
    spans.extend(college_names(text))
    spans.extend(school_fields(text))
    spans.extend(cued_schools(text))
    spans.extend(school_short_kinds(text))
    spans.extend(forces_note_spans(text))
    spans.extend(list(years_after_schools(text, spans)))
    spans.extend(list(schools_by_site(text, spans)))
    spans.extend(list(settings_after_schools(text, spans)))
    spans.extend(list(schools_after_schools(text, spans)))
    spans.extend(list(halves_and_short_forms(text, spans)))
    spans.extend(dotted_handles(text))
    spans.extend(handles_after_their_names(text))
    spans.extend(gaming_tags(text))
    spans.extend(posted_as_handles(text))
    spans.extend(chat_speakers(text))
    spans.extend(list(spread_handles(text, spans)))
    first = find_people(text)
    first.extend(people_in_caps_lines(text, find_people))
    first.extend(people_in_inverted_caps(text, find_people))
    first.extend(chat_names(text))
    first.extend(chat_addressees(text))
    first.extend(lower_notes.capitals_in_lower_notes(text))
    first.extend(lower_notes.chat_header_authors(text))
    first.extend(lower_notes.names_before_aka(text))
    first.extend(lower_notes.room_residents(text))
    first.extend(log_subjects(text))
    first.extend(visited_homes(text))
    first.extend(find_signed_initials(text))
    first.extend(find_nicknames(text))
    first.extend(list(caps_surnames(text, first)))
    first.extend(caps_neighbours(text, first))
    # Everyday words named by their cue are not in `first`: the first pass never spread them (see spread_people).
    cued = [*cued_word_names(text), *company_names(text), *relation_names(text), *told_names(text),
             *told_nicknames(text), *chat_heads(text), *deed_nicknames(text),
             *signed_roles(text), *phrase_nicknames(text), *given_lower_names(text), *header_people(text),
             *minutes_initials(text), *ward_list_names(text),
             *drug_contact_names(text), *cared_for_names(text), *staff_signoffs(text), *dotted_initial_names(text),
             *handle_spelled_names(text), *profile_owners(text), *greeting_names(text),
             *street_nicknames(text), *described_speakers(text), *named_before_phones(text),
             *controllers_signatures_and_houses(text)]
    spans.extend(spread_people(text, [*extend_people(text, first), *cued], first))
    spans.extend(list(spread_caps_nicknames(text, spans)))
    spans.extend(later_lower_nicknames(text, spans))
    spans.extend(list(given_before_surnames(text, spans)))
    spans.extend(list(given_before_dated_surnames(text, spans)))
    spans.extend(list(beside_found_names(text, spans)))
    spans.extend(list(initials_before_found(text, spans)))
    spans.extend(list(prefixed_found_names(text, spans)))
    spans.extend(list(given_names_of_listed(text, spans)))
    spans.extend(lower_notes.joined_lower_names(text, spans))
    spans.extend(lower_notes.owners_of_handles(text, spans))
    spans.extend(aliases_of_people(text, spans))
    spans.extend(clause_cued_leftovers(text))
    spans.extend(cued_leftovers(text, spans))
    kept = drop_eponyms(text, drop_towns(text, drop_localities(text, settle_places(text, spans))))
    return drop_service_places(text, drop_bilingual_labels(text, kept))
