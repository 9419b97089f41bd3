#!/usr/bin/env node
// Validates Adaptive Cards with the official renderer library, the same code Teams' web client builds on.
//
//   node validate.js cards.json          # or: ... | node validate.js
//
// Input: a JSON array; each item is a card, or { "name": "...", "card": { ... } }.
// Checks: AdaptiveCard.parse (targeting 1.5) + validateProperties(), and property names not in the schema of the
// element, action or object they appear on.
// Output (stdout): a JSON array, one entry per card: { name, errors: [...], warnings: [...] }, where each event is
// { phase, event, message }. Exit code 0 when every card parsed; a card with errors still exits 0 (the caller
// decides), a malformed input exits 2.
'use strict';

const fs = require('fs');
// The dist bundle is self-contained (the carousel's swiper is inlined) and needs no DOM for parse + validate.
const AC = require('adaptivecards/dist/adaptivecards.js');

// Teams mobile clients render up to 1.5: anything newer must show up as an error, not pass silently.
const TARGET_VERSION = AC.Versions.v1_5;
// Hint and Deprecated events are listed apart so a reader sees what kind of problem it is; the C# side
// (AdaptiveCardValidator) treats them as failures all the same.
const WARNING_EVENTS = new Set([AC.ValidationEvent.Hint, AC.ValidationEvent.Deprecated]);

// The library ignores properties it does not know, so a misspelt one ("firstRowAsHeader") or one that belongs to
// another element ("wrap" on a Container) would pass unnoticed and silently do nothing in Teams. So every object is
// checked against the schema of the class the library parses it into: its own type for elements and actions (found
// in the registries, as the library does), its position for objects the library parses without looking at "type"
// (a ColumnSet's columns, a FactSet's facts...). getSchema() on an instance includes the inherited properties (type,
// id, isVisible, requires, separator, spacing, height...); what the library parses by hand is added below.
const ELEMENT = 'element';
const ACTION = 'action';

// Properties the library reads by hand in internalParse, outside the class schemas.
const PARSED_BY_HAND = {
    AdaptiveCard: ['body', 'actions'],
    Container: ['items'],
    Column: ['items'],
    TableCell: ['items'],
    ColumnSet: ['columns'],
    ActionSet: ['actions'],
    RichTextBlock: ['inlines'],
    Table: ['rows'],
    TableRow: ['cells'],
    'Action.ShowCard': ['card'],
};
// "fallback" is parsed for every card object (element, action, the root card), by the serialization context.
// "msteams" is Teams' extension bag, accepted anywhere as before; the library never reads it, so it is not looked
// into (nor is "data", the bot's own payload, where a schema allows it, nor "requires", whose keys are features).
const CARD_OBJECT_EXTRAS = ['fallback'];
const EVERYWHERE = ['msteams'];
const OPAQUE = new Set(['data', 'msteams', 'requires']);
// Objects with no class of their own: Action.ToggleVisibility's targetElements items ({ elementId, isVisible }).
const PLAIN_SCHEMAS = { TargetElement: ['elementId', 'isVisible'] };

// What a property holds, where the library decides the class by position. ELEMENT/ACTION: decided by "type".
const SLOTS = {
    body: ELEMENT, items: ELEMENT, inlines: ELEMENT, // inlines are parsed by "type" (TextRun), or are plain strings
    actions: ACTION, selectAction: ACTION, inlineAction: ACTION, action: ACTION, // "action": a refresh's action
    card: 'AdaptiveCard', rows: 'TableRow', cells: 'TableCell', facts: 'Fact', choices: 'Choice',
    'choices.data': 'ChoiceSetInputDataQuery', images: 'Image', sources: 'MediaSource', captionSources: 'CaptionSource',
    backgroundImage: 'BackgroundImage', refresh: 'RefreshDefinition', authentication: 'Authentication',
    buttons: 'AuthCardButton', tokenExchangeResource: 'TokenExchangeResource', targetElements: 'TargetElement',
};
// The same name holding different classes depending on the owner.
const OWNER_SLOTS = { ColumnSet: { columns: 'Column' }, Table: { columns: 'TableColumnDefinition' } };

const schemaCache = new Map();
function allowedNames(key, create) {
    if (!schemaCache.has(key)) {
        const names = new Set([...EVERYWHERE, ...(PARSED_BY_HAND[key] ?? [])]);
        const instance = create();
        if (instance instanceof AC.CardObject) CARD_OBJECT_EXTRAS.forEach((name) => names.add(name));
        const schema = instance.getSchema();
        for (let i = 0; i < schema.getCount(); i++) names.add(schema.getItemAt(i).name);
        schemaCache.set(key, names);
    }
    return schemaCache.get(key);
}

// Returns { name, allowed } for a JSON object in a slot, or undefined when its class is unknown (an unknown element
// or action type, which the library itself reports).
function classOf(json, slot) {
    if (slot === ELEMENT || slot === ACTION) {
        const registry = slot === ELEMENT ? AC.GlobalRegistry.elements : AC.GlobalRegistry.actions;
        const registration = typeof json.type === 'string' ? registry.findByName(json.type) : undefined;
        return registration && { name: json.type, allowed: allowedNames(json.type, () => new registration.objectType()) };
    }
    if (PLAIN_SCHEMAS[slot]) return { name: slot, allowed: new Set(PLAIN_SCHEMAS[slot]) };
    if (!AC[slot]) throw new Error(`adaptivecards has no class ${slot}; update validate.js SLOTS.`);
    return { name: slot, allowed: allowedNames(slot, () => new AC[slot]()) };
}

function checkProperties(value, slot, path, report) {
    if (Array.isArray(value)) {
        value.forEach((item, i) => checkProperties(item, slot, `${path}[${i}]`, report));
        return;
    }
    if (value === null || typeof value !== 'object') return; // strings: "drop" fallback, image URLs, inline text
    const type = classOf(value, slot);
    if (!type) return;
    const ownerKind = slot === ACTION ? ACTION : ELEMENT;
    for (const [key, child] of Object.entries(value)) {
        if (!type.allowed.has(key)) report(`Property "${key}" is not valid on ${type.name}, at ${path}.`);
        if (OPAQUE.has(key)) continue;
        const childSlot = key === 'fallback' ? ownerKind : OWNER_SLOTS[type.name]?.[key] ?? SLOTS[key];
        if (childSlot) checkProperties(child, childSlot, `${path}.${key}`, report);
    }
}

// adaptivecards 3.0.6 means to hint "don't mix weighted and stretched columns in one ColumnSet" (stretched ones
// then get the minimum space), but its check tests typeof column.width === "number" while parsed widths are
// SizeAndUnit objects, so it never fires; this is the same rule on the JSON, reported as the library's Hint.
const WEIGHT = /^[0-9]+\*?$/; // a number, "2" or "2*" is a weight ("50px" is a pixel width)
function findMixedColumnWidths(value, path, report) {
    if (Array.isArray(value)) {
        value.forEach((item, i) => findMixedColumnWidths(item, `${path}[${i}]`, report));
        return;
    }
    if (value === null || typeof value !== 'object') return;
    if (value.type === 'ColumnSet' && Array.isArray(value.columns)) {
        const widths = value.columns.map((column) => column?.width);
        const weighted = widths.some((w) => typeof w === 'number' || (typeof w === 'string' && WEIGHT.test(w)));
        if (weighted && widths.includes('stretch')) {
            report(`${AC.Strings.hints.dontUseWeightedAndStrecthedColumnsInSameSet()} (at ${path})`);
        }
    }
    for (const [key, child] of Object.entries(value)) {
        if (!OPAQUE.has(key)) findMixedColumnWidths(child, `${path}.${key}`, report);
    }
}

function describe(phase, event, message) {
    return {
        phase: AC.ValidationPhase[phase] ?? String(phase),
        event: AC.ValidationEvent[event] ?? String(event),
        message,
    };
}

function validateCard(name, json) {
    const errors = [];
    const warnings = [];
    const add = (phase, event, message) =>
        (WARNING_EVENTS.has(event) ? warnings : errors).push(describe(phase, event, message));

    if (json === null || typeof json !== 'object' || Array.isArray(json)) {
        add(AC.ValidationPhase.Parse, AC.ValidationEvent.Other, 'A card must be a JSON object.');
        return { name, errors, warnings };
    }
    if (json.type !== 'AdaptiveCard') {
        add(AC.ValidationPhase.Parse, AC.ValidationEvent.MissingCardType, `Card type is "${json.type}", expected "AdaptiveCard".`);
    }

    const context = new AC.SerializationContext(TARGET_VERSION);
    const card = new AC.AdaptiveCard();
    try {
        card.parse(json, context);
    } catch (e) {
        add(AC.ValidationPhase.Parse, AC.ValidationEvent.Other, `Parse threw: ${e && e.message ? e.message : e}`);
        return { name, errors, warnings };
    }
    for (let i = 0; i < context.eventCount; i++) {
        const e = context.getEventAt(i);
        add(e.phase, e.event, e.message);
    }
    for (const e of card.validateProperties().validationEvents) {
        add(e.phase, e.event, e.message);
    }
    checkProperties(json, 'AdaptiveCard', '$', (message) => errors.push({ phase: 'Parse', event: 'UnknownProperty', message }));
    findMixedColumnWidths(json, '$', (message) =>
        add(AC.ValidationPhase.Validation, AC.ValidationEvent.Hint, message));
    return { name, errors, warnings };
}

function main() {
    const file = process.argv[2];
    const text = file && file !== '-' ? fs.readFileSync(file, 'utf8') : fs.readFileSync(0, 'utf8');
    let items;
    try {
        items = JSON.parse(text);
    } catch (e) {
        process.stderr.write(`Input is not JSON: ${e.message}\n`);
        process.exit(2);
    }
    if (!Array.isArray(items)) {
        process.stderr.write('Input must be a JSON array of cards or { name, card } objects.\n');
        process.exit(2);
    }
    const results = items.map((item, index) =>
        item && typeof item === 'object' && 'card' in item && 'name' in item
            ? validateCard(String(item.name), item.card)
            : validateCard(`#${index}`, item));
    process.stdout.write(JSON.stringify(results, null, 2) + '\n');
}

main();
