#!/usr/bin/env node
// Renders Adaptive Card JSON to PNG with the official adaptivecards renderer in headless Chromium, using a
// Teams-like light host config, so a person (or an agent's image viewer) can look at a card.
//
//   node preview.js [--out DIR] [--width PX] card.json [more.json ...]
//
// Each file holds a card, or a JSON array of cards / { name, card }. One PNG per card is written to DIR
// (default ./card-previews), named after the file (and the item name or index for arrays).
// Chromium: Debian's /usr/bin/chromium (override with CHROMIUM=/path), never a downloaded browser.
'use strict';

const { execFileSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const here = __dirname;
// Self-installing, like the C# validator: the pinned packages come from package-lock.json on first use.
if (!fs.existsSync(path.join(here, 'node_modules', '.package-lock.json'))) {
    execFileSync(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['ci', '--no-audit', '--no-fund'], { cwd: here, stdio: 'inherit' });
}
const { chromium } = require('playwright-core');
const CHROMIUM_ARGS = [
    '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

function parseArgs(argv) {
    const options = { out: 'card-previews', width: null, files: [] };
    for (let i = 0; i < argv.length; i++) {
        const arg = argv[i];
        if (arg === '--out') options.out = argv[++i];
        else if (arg === '--width') options.width = Number(argv[++i]);
        else if (arg === '-h' || arg === '--help') options.help = true;
        else options.files.push(arg);
    }
    return options;
}

function loadCards(files) {
    const cards = [];
    for (const file of files) {
        const base = path.basename(file).replace(/\.json$/i, '');
        const json = JSON.parse(fs.readFileSync(file, 'utf8'));
        if (Array.isArray(json)) {
            json.forEach((item, i) => {
                const named = item && typeof item === 'object' && 'card' in item && 'name' in item;
                cards.push({ name: `${base}-${named ? item.name : i}`, card: named ? item.card : item });
            });
        } else {
            cards.push({ name: base, card: json });
        }
    }
    return cards;
}

function safeFileName(name) {
    return name.replace(/[^A-Za-z0-9._-]+/g, '_');
}

async function renderAll(cards, options) {
    const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'card-preview-'));
    const context = await chromium.launchPersistentContext(userDataDir, {
        executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
        headless: true,
        args: CHROMIUM_ARGS,
        viewport: { width: 1000, height: 800 },
        deviceScaleFactor: 1,
        offline: true, // a card's remote images stay blank rather than fetched
    });
    try {
        const page = context.pages()[0] || await context.newPage();
        await page.setContent(`<!doctype html><html><head><meta charset="utf-8"><style>${fs.readFileSync(path.join(here, 'page.css'), 'utf8')}</style></head><body><div id="bubble" class="bubble"></div></body></html>`);
        await page.addScriptTag({ path: path.join(here, 'node_modules', 'markdown-it', 'dist', 'browser', 'markdown-it.umd.min.js') });
        await page.addScriptTag({ path: path.join(here, 'node_modules', 'adaptivecards', 'dist', 'adaptivecards.min.js') });
        const hostConfig = JSON.parse(fs.readFileSync(path.join(here, 'teams-light-host-config.json'), 'utf8'));
        fs.mkdirSync(options.out, { recursive: true });

        for (const { name, card } of cards) {
            const width = options.width || (card && card.msteams && card.msteams.width === 'Full' ? 760 : 450);
            const problems = await page.evaluate(({ card, hostConfig, width }) => {
                const AC = window.AdaptiveCards;
                // Teams renders markdown and turns bare URLs into links: do the same, with raw HTML off.
                const md = window.markdownit({ html: false, linkify: true, breaks: false });
                AC.AdaptiveCard.onProcessMarkdown = (text, result) => {
                    result.outputHtml = md.render(text);
                    result.didProcess = true;
                };
                const bubble = document.getElementById('bubble');
                bubble.innerHTML = '';
                bubble.style.width = `${width}px`;
                const adaptiveCard = new AC.AdaptiveCard();
                adaptiveCard.hostConfig = new AC.HostConfig(hostConfig);
                const context = new AC.SerializationContext(AC.Versions.v1_5);
                adaptiveCard.parse(card, context);
                const problems = [];
                for (let i = 0; i < context.eventCount; i++) problems.push(context.getEventAt(i).message);
                for (const e of adaptiveCard.validateProperties().validationEvents) problems.push(e.message);
                const rendered = adaptiveCard.render();
                if (rendered) bubble.appendChild(rendered);
                else problems.push('render() returned nothing');
                return problems;
            }, { card, hostConfig, width });
            const file = path.join(options.out, `${safeFileName(name)}.png`);
            await page.locator('#bubble').screenshot({ path: file });
            process.stdout.write(`${file}${problems.length ? `  (${problems.length} problem(s): ${problems.join('; ')})` : ''}\n`);
        }
    } finally {
        await context.close();
        fs.rmSync(userDataDir, { recursive: true, force: true });
    }
}

async function main() {
    const options = parseArgs(process.argv.slice(2));
    if (options.help || options.files.length === 0) {
        process.stderr.write('usage: node preview.js [--out DIR] [--width PX] card.json [more.json ...]\n');
        process.exit(options.help ? 0 : 2);
    }
    await renderAll(loadCards(options.files), options);
}

main().catch((e) => {
    process.stderr.write(`${e && e.stack ? e.stack : e}\n`);
    process.exit(1);
});
