#!/usr/bin/env node
// Validates Adaptive Cards with the official renderer library, the same code Teams' web client builds on.
//
//   node validate.js cards.json          # or: ... | node validate.js
//
// Input: a JSON array; each item is a card, or { "name": "...", "card": { ... } }.
// Checks: AdaptiveCard.parse (targeting 1.5) + validateProperties(), and property names the library does not know.
// Output (stdout): a JSON array, one entry per card: { name, errors: [...], warnings: [...] }, where each event is
// { phase, event, message }. Exit code 0 when every card parsed; a card with errors still exits 0 (the caller
// decides), a malformed input exits 2.
'use strict';

const fs = require('fs');
// The dist bundle is self-contained (the carousel's swiper is inlined) and needs no DOM for parse + validate.
const AC = require('adaptivecards/dist/adaptivecards.js');

// Teams mobile clients render up to 1.5: anything newer must show up as an error, not pass silently.
const TARGET_VERSION = AC.Versions.v1_5;
const WARNING_EVENTS = new Set([AC.ValidationEvent.Hint, AC.ValidationEvent.Deprecated]);

// The library ignores properties it does not know, so a misspelt one ("firstRowAsHeader") would pass unnoticed and
// silently do nothing in Teams. Collect every property name the library's schemas know, plus the collections it
// parses by hand; "data" (the bot's own payload) and "msteams" (Teams' extensions) are not looked into.
const OPAQUE_PROPERTIES = new Set(['data', 'msteams']);
const KNOWN_PROPERTIES = (() => {
    const names = new Set(['body', 'actions', 'items', 'inlines', 'rows', 'cells', 'card', 'fallback', ...OPAQUE_PROPERTIES]);
    const addSchema = (instance) => {
        const schema = instance.getSchema();
        for (let i = 0; i < schema.getCount(); i++) names.add(schema.getItemAt(i).name);
    };
    for (const registry of [AC.GlobalRegistry.elements, AC.GlobalRegistry.actions]) {
        for (let i = 0; i < registry.getItemCount(); i++) addSchema(new (registry.getItemAt(i).objectType)());
    }
    for (const name of ['AdaptiveCard', 'Column', 'TableRow', 'TableCell', 'TableColumnDefinition', 'Fact', 'Choice',
        'TextRun', 'RefreshDefinition', 'Authentication', 'BackgroundImage', 'TokenExchangeResource', 'AuthCardButton']) {
        if (AC[name]) addSchema(new AC[name]());
    }
    return names;
})();

function findUnknownProperties(value, path, report) {
    if (Array.isArray(value)) {
        value.forEach((item, i) => findUnknownProperties(item, `${path}[${i}]`, report));
    } else if (value !== null && typeof value === 'object') {
        for (const [key, child] of Object.entries(value)) {
            if (!KNOWN_PROPERTIES.has(key)) report(`Unknown property "${key}" at ${path || 'card'}.`);
            if (!OPAQUE_PROPERTIES.has(key)) findUnknownProperties(child, path ? `${path}.${key}` : key, report);
        }
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
    findUnknownProperties(json, '', (message) => errors.push({ phase: 'Parse', event: 'UnknownProperty', message }));
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
