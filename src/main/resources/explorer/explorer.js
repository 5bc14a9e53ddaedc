// The newskg explorer: everything it shows comes from SPARQL queries to the endpoint below, so what
// it shows is what a query returns. No framework, no build step: one script over Cytoscape.js.
'use strict';

const page = document.documentElement.dataset;
const ENDPOINT = page.sparqlEndpoint;
const WIKIDATA = page.wikidata;

const PREFIXES = `
PREFIX nkg: <${page.ontology}>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX owl: <http://www.w3.org/2002/07/owl#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
`;
const XSD = 'http://www.w3.org/2001/XMLSchema#';

// ---------------------------------------------------------------------------------------------
// SPARQL

/** Runs a SELECT query; returns its rows as objects of plain values (IRIs and literals as strings). */
async function select(query) {
  const response = await fetch(ENDPOINT, {
    method: 'POST',
    headers: { 'Content-Type': 'application/sparql-query', 'Accept': 'application/sparql-results+json' },
    body: PREFIXES + query,
  });
  if (!response.ok) {
    throw new Error(`the SPARQL endpoint answered ${response.status}: ${(await response.text()).trim()}`);
  }
  const json = await response.json();
  return json.results.bindings.map(row =>
    Object.fromEntries(Object.entries(row).map(([name, term]) => [name, term.value])));
}

/** A SPARQL string literal; backslashes and control characters are dropped, quotes escaped. */
function literal(text) {
  return '"' + text.replace(/[\\\u0000-\u001f]/g, ' ').replace(/"/g, '\\"') + '"';
}

/** A SPARQL IRI reference, refusing anything that could end it early. */
function iri(value) {
  if (/[<>"{}|^`\\\s]/.test(value)) {
    throw new Error(`not an IRI: ${value}`);
  }
  return `<${value}>`;
}

// Entities are the resources the graph counts mentions of; the most specific of their newskg
// classes is their type.
const MOST_SPECIFIC_TYPE = `
  ?entity a ?type .
  FILTER(STRSTARTS(STR(?type), STR(nkg:)))
  FILTER NOT EXISTS { ?entity a ?narrower . ?narrower rdfs:subClassOf+ ?type . }`;

const searchQuery = term => `
SELECT ?entity ?label ?type ?mentions (MAX(?exactMatch) AS ?exact) WHERE {
  { ?entity rdfs:label ?name } UNION { ?entity skos:altLabel ?name }
  FILTER(CONTAINS(LCASE(STR(?name)), LCASE(${literal(term)})))
  BIND(IF(LCASE(STR(?name)) = LCASE(${literal(term)}), 1, 0) AS ?exactMatch)
  ?entity nkg:mentionCount ?mentions ;
          rdfs:label ?label .
  ${MOST_SPECIFIC_TYPE}
}
GROUP BY ?entity ?label ?type ?mentions
ORDER BY DESC(?exact) DESC(?mentions) ?label
LIMIT 20`;

// Facts are the triples that have a reified rdf:Statement; those between two entities are edges.
const neighbourFactsQuery = entity => `
SELECT ?statement ?subject ?property ?propertyLabel ?object ?confidence ?evidenceCount WHERE {
  VALUES ?focus { ${iri(entity)} }
  { ?statement rdf:subject ?focus } UNION { ?statement rdf:object ?focus }
  ?statement rdf:subject ?subject ;
             rdf:predicate ?property ;
             rdf:object ?object .
  ?subject nkg:mentionCount [] .
  ?object nkg:mentionCount [] .
  OPTIONAL { ?statement nkg:confidence ?confidence }
  OPTIONAL { ?statement nkg:evidenceCount ?evidenceCount }
  OPTIONAL { ?property rdfs:label ?propertyLabel FILTER(LANGMATCHES(LANG(?propertyLabel), "en")) }
}`;

const entitiesQuery = entities => `
SELECT ?entity ?label ?type WHERE {
  VALUES ?entity { ${entities.map(iri).join(' ')} }
  ?entity rdfs:label ?label .
  ${MOST_SPECIFIC_TYPE}
}`;

const entityCardQuery = entity => `
SELECT ?label ?mentions
       (GROUP_CONCAT(DISTINCT ?altLabel; separator="\\n") AS ?altLabels)
       (GROUP_CONCAT(DISTINCT STR(?type); separator=" ") AS ?types)
       (COUNT(DISTINCT ?article) AS ?articles)
WHERE {
  VALUES ?entity { ${iri(entity)} }
  ?entity rdfs:label ?label .
  OPTIONAL { ?entity nkg:mentionCount ?mentions }
  OPTIONAL { ?entity skos:altLabel ?altLabel }
  OPTIONAL { ?entity a ?type }
  OPTIONAL { ?entity nkg:mentionedIn ?article }
}
GROUP BY ?label ?mentions`;

// Every fact about the entity, values (dates, amounts) as well as entities, in both directions; the
// links to Wikidata (owl:sameAs) are not facts read from the news, and the card shows them apart.
const entityFactsQuery = entity => `
SELECT ?statement ?direction ?property ?propertyLabel ?other ?otherLabel ?otherDatatype ?confidence ?evidenceCount WHERE {
  VALUES ?focus { ${iri(entity)} }
  { ?statement rdf:subject ?focus ; rdf:object ?other . BIND("out" AS ?direction) }
  UNION
  { ?statement rdf:object ?focus ; rdf:subject ?other . BIND("in" AS ?direction) }
  ?statement rdf:predicate ?property .
  FILTER(?property != owl:sameAs)
  BIND(DATATYPE(?other) AS ?otherDatatype)
  OPTIONAL { ?statement nkg:confidence ?confidence }
  OPTIONAL { ?statement nkg:evidenceCount ?evidenceCount }
  OPTIONAL { ?other rdfs:label ?otherLabel }
  OPTIONAL { ?property rdfs:label ?propertyLabel FILTER(LANGMATCHES(LANG(?propertyLabel), "en")) }
}
ORDER BY DESC(?direction) ?propertyLabel ?otherLabel`;

// The entity's links to Wikidata, with the score and the method of the linker (its rule).
const wikidataLinksQuery = entity => `
SELECT ?item ?confidence ?method WHERE {
  VALUES ?entity { ${iri(entity)} }
  ?entity owl:sameAs ?item .
  OPTIONAL {
    ?link rdf:subject ?entity ; rdf:predicate owl:sameAs ; rdf:object ?item .
    OPTIONAL { ?link nkg:confidence ?confidence }
    OPTIONAL { ?link nkg:extractedBy ?method }
  }
}
ORDER BY ?item`;

const evidenceQuery = statement => `
SELECT ?sentence ?article ?title ?date ?sourceFile ?hedged ?confidence WHERE {
  ${iri(statement)} nkg:evidence ?evidence .
  ?evidence nkg:sentenceText ?sentence ;
            nkg:article ?article .
  OPTIONAL { ?evidence nkg:hedged ?hedged }
  OPTIONAL { ?evidence nkg:confidence ?confidence }
  OPTIONAL { ?article dcterms:title ?title }
  OPTIONAL { ?article dcterms:date ?date }
  OPTIONAL { ?article nkg:sourceFile ?sourceFile }
}
ORDER BY ?date ?title ?sentence`;

// The overview the page opens on.
const articleCountQuery = () => `
SELECT (COUNT(DISTINCT ?article) AS ?articles) WHERE { ?article a nkg:Article }`;

const typeCountsQuery = () => `
SELECT ?type (COUNT(DISTINCT ?entity) AS ?count) WHERE {
  ?entity nkg:mentionCount [] .
  ${MOST_SPECIFIC_TYPE}
}
GROUP BY ?type`;

const propertyCountsQuery = () => `
SELECT ?property ?propertyLabel (COUNT(DISTINCT ?statement) AS ?count) WHERE {
  ?statement rdf:predicate ?property ; nkg:evidence [] .
  OPTIONAL { ?property rdfs:label ?propertyLabel FILTER(LANGMATCHES(LANG(?propertyLabel), "en")) }
}
GROUP BY ?property ?propertyLabel
ORDER BY DESC(?count) ?propertyLabel`;

const mostConnectedQuery = () => `
SELECT ?entity ?label ?type (COUNT(DISTINCT ?statement) AS ?facts) WHERE {
  { ?statement rdf:subject ?entity } UNION { ?statement rdf:object ?entity }
  ?statement nkg:evidence [] .
  ?entity nkg:mentionCount [] ;
          rdfs:label ?label .
  ${MOST_SPECIFIC_TYPE}
}
GROUP BY ?entity ?label ?type
ORDER BY DESC(?facts) ?label
LIMIT 12`;

const articlesQuery = () => `
SELECT ?article ?title ?date ?sourceFile WHERE {
  ?article a nkg:Article .
  OPTIONAL { ?article dcterms:title ?title }
  OPTIONAL { ?article dcterms:date ?date }
  OPTIONAL { ?article nkg:sourceFile ?sourceFile }
}
ORDER BY DESC(?date) ?title ?sourceFile
LIMIT 500`;

// One article: what it is and its text, and each sentence of it that gave a fact, with those facts.
const articleQuery = article => `
SELECT ?title ?date ?sourceFile ?text WHERE {
  VALUES ?article { ${iri(article)} }
  OPTIONAL { ?article dcterms:title ?title }
  OPTIONAL { ?article dcterms:date ?date }
  OPTIONAL { ?article nkg:sourceFile ?sourceFile }
  OPTIONAL { ?article nkg:text ?text }
}`;

const articleFactsQuery = article => `
SELECT ?sentenceIndex ?sentence ?statement ?subject ?subjectLabel ?property ?propertyLabel ?object ?objectLabel ?objectDatatype
WHERE {
  ?evidence nkg:article ${iri(article)} ;
            nkg:sentenceText ?sentence ;
            nkg:sentenceIndex ?sentenceIndex .
  ?statement nkg:evidence ?evidence ;
             rdf:subject ?subject ;
             rdf:predicate ?property ;
             rdf:object ?object .
  ?subject rdfs:label ?subjectLabel .
  OPTIONAL { ?object rdfs:label ?objectLabel }
  BIND(DATATYPE(?object) AS ?objectDatatype)
  OPTIONAL { ?property rdfs:label ?propertyLabel FILTER(LANGMATCHES(LANG(?propertyLabel), "en")) }
}
ORDER BY ?sentenceIndex ?subjectLabel ?propertyLabel`;

/** A URL on this server that shows what the graph says about a resource, as Turtle. */
function describeUrl(resource) {
  return `${ENDPOINT}?query=${encodeURIComponent(`DESCRIBE ${iri(resource)}`)}&output=text/turtle`;
}

// ---------------------------------------------------------------------------------------------
// Page

const $ = id => document.getElementById(id);
const statusLine = $('status');
const details = $('details');

/** Builds an element: el('a', {href: ...}, 'text', otherElement). */
function el(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (name.startsWith('on')) {
      element.addEventListener(name.substring(2), value);
    } else if (value !== undefined && value !== null) {
      element.setAttribute(name, value);
    }
  }
  element.append(...children.filter(c => c !== undefined && c !== null));
  return element;
}

const localName = value => value.replace(/^.*[#/]/, '');

function showStatus(message, isError = false) {
  statusLine.textContent = message;
  statusLine.classList.toggle('error', isError);
}

/** Runs an action of the page, showing what went wrong instead of failing silently. */
function guarded(action) {
  return async (...args) => {
    try {
      await action(...args);
    } catch (error) {
      showStatus(`Something went wrong: ${error.message}`, true);
    }
  };
}

// One fixed colour per class: the classes that have entities, in the order of their names, take the
// palette's colours in turn once, when the page opens, so that a class keeps its colour from one
// search to the next and the legend says which is which.
const PALETTE = ['#2f6fb2', '#d9822b', '#3d9970', '#b83280', '#8e6c8a', '#c0392b', '#16a2b8', '#7f8c2d',
  '#5f6caf', '#a0522d', '#e0a800', '#1b7f79', '#6b8e23', '#d35d90', '#4a5568', '#9c6644'];
const OTHER_CLASS_COLOUR = '#9aa5b1';
const classColours = new Map();
const colourOf = type => classColours.get(type) || OTHER_CLASS_COLOUR;

/** Gives each class with entities its colour and draws the legend; {@code typeCounts} are rows of typeCountsQuery. */
function assignColours(typeCounts) {
  const types = typeCounts.map(r => localName(r.type)).sort();
  types.forEach((type, i) => classColours.set(type, PALETTE[i % PALETTE.length]));
  $('legend').replaceChildren(...types.map(type =>
    el('li', { 'data-type': type }, el('span', { class: 'swatch', style: `background:${colourOf(type)}` }), type)));
}

// ---------------------------------------------------------------------------------------------
// Values

const LONG_DATE = new Intl.DateTimeFormat('en', { dateStyle: 'long', timeZone: 'UTC' });
const MONTH = new Intl.DateTimeFormat('en', { month: 'long', year: 'numeric', timeZone: 'UTC' });
const AMOUNT_SCALES = [[1e12, 'trillion'], [1e9, 'billion'], [1e6, 'million']];

/** An amount of US dollars as a reader says it: $8 billion, $5.6 million, $12,500. */
function dollars(amount) {
  for (const [size, word] of AMOUNT_SCALES) {
    if (Math.abs(amount) >= size) {
      return `$${Number((amount / size).toFixed(1)).toLocaleString('en-US')} ${word}`;
    }
  }
  return `$${amount.toLocaleString('en-US', { maximumFractionDigits: 2 })}`;
}

/**
 * A literal as a reader expects it, with the exact value for the hover: dates as dates, and
 * decimals as dollars, since every decimal property of the ontology (training cost, assets under
 * management) is an amount in US dollars, as their comments say.
 */
function formatValue(value, datatype) {
  const day = new Date(`${value.substring(0, 10)}T00:00:00Z`);
  switch (datatype) {
    case `${XSD}date`:
    case `${XSD}dateTime`:
      return Number.isNaN(day.getTime()) ? { text: value, exact: value } : { text: LONG_DATE.format(day), exact: value };
    case `${XSD}gYearMonth`: {
      const month = new Date(`${value.substring(0, 7)}-01T00:00:00Z`);
      return Number.isNaN(month.getTime()) ? { text: value, exact: value } : { text: MONTH.format(month), exact: value };
    }
    case `${XSD}decimal`: {
      const amount = Number(value);
      return Number.isNaN(amount) ? { text: value, exact: value }
        : { text: dollars(amount), exact: `${amount.toLocaleString('en-US')} US dollars` };
    }
    default:
      return { text: value, exact: value };
  }
}

/** What a fact's object shows: a link to the entity, or the value formatted with its exact form on hover. */
function objectElement(value, label, datatype) {
  if (label) {
    return el('a', { href: '#', onclick: guarded(async event => { event.preventDefault(); await showNeighbourhood(value, true); }) }, label);
  }
  const shown = formatValue(value, datatype);
  return el('span', { class: 'value', title: shown.exact }, shown.text);
}

/** The text of a fact's object, for a heading. */
const objectText = (value, label, datatype) => label || formatValue(value, datatype).text;

const cy = cytoscape({
  container: $('graph'),
  style: [
    {
      selector: 'node',
      style: {
        'background-color': 'data(colour)', 'label': 'data(label)', 'font-size': 11,
        'text-valign': 'bottom', 'text-margin-y': 4, 'width': 26, 'height': 26,
        'text-background-color': '#fff', 'text-background-opacity': 0.8, 'text-background-padding': 1,
      },
    },
    { selector: 'node.focus', style: { 'width': 40, 'height': 40, 'font-weight': 'bold', 'font-size': 13 } },
    { selector: 'node:selected', style: { 'border-width': 3, 'border-color': '#1f2933' } },
    {
      selector: 'edge',
      style: {
        'curve-style': 'bezier', 'target-arrow-shape': 'triangle', 'width': 'data(width)',
        'line-color': '#9fb3c8', 'target-arrow-color': '#9fb3c8', 'label': 'data(label)',
        'font-size': 9, 'color': '#52606d', 'text-rotation': 'autorotate',
        'text-background-color': '#fff', 'text-background-opacity': 0.8,
      },
    },
    { selector: 'edge:selected', style: { 'line-color': '#1f2933', 'target-arrow-color': '#1f2933', 'width': 4 } },
    { selector: '.filtered', style: { 'display': 'none' } },
  ],
});

// ---------------------------------------------------------------------------------------------
// Loading the graph

/** Adds an entity and its neighbours to the graph; with replace, starts a new graph from it. */
async function showNeighbourhood(entity, replace) {
  showStatus('Loading…');
  const facts = await select(neighbourFactsQuery(entity));
  const ids = [...new Set([entity, ...facts.flatMap(f => [f.subject, f.object])])];
  const entities = await select(entitiesQuery(ids));
  if (replace) {
    cy.elements().remove();
  }
  cy.nodes().removeClass('focus');
  let added = cy.collection();
  for (const e of entities) {
    if (cy.getElementById(e.entity).empty()) {
      const type = localName(e.type);
      added = added.union(cy.add({ group: 'nodes', data: { id: e.entity, label: e.label, type, colour: colourOf(type) } }));
    }
  }
  for (const f of facts) {
    if (cy.getElementById(f.statement).empty() && !cy.getElementById(f.subject).empty() && !cy.getElementById(f.object).empty()) {
      const evidenceCount = Number(f.evidenceCount || 0);
      cy.add({
        group: 'edges',
        data: {
          id: f.statement, source: f.subject, target: f.object, property: f.property,
          label: f.propertyLabel || localName(f.property), confidence: f.confidence, evidenceCount,
          width: 1.5 + Math.min(evidenceCount, 6) * 0.5,
        },
      });
    }
  }
  const focus = cy.getElementById(entity).addClass('focus');
  if (replace) {
    cy.layout({ name: 'concentric', concentric: node => (node.hasClass('focus') ? 2 : 1), levelWidth: () => 1, minNodeSpacing: 100, animate: false }).run();
    fitWithoutCrowding();
  } else {
    placeAround(focus, added.difference(focus));
    const view = cy.extent();
    if (added.some(n => { const p = n.position(); return p.x < view.x1 || p.x > view.x2 || p.y < view.y1 || p.y > view.y2; })) {
      fitWithoutCrowding();
    }
  }
  renderFilters();
  applyFilters();
  cy.elements().unselect();
  focus.select();
  showStatus(`${focus.data('label')}: ${focus.neighborhood('node').length} neighbours. Click a node for its details, an edge for its evidence; double-click a node to add its neighbours.`);
  await showEntity(entity);
}

/** Fits the graph in the pane, but not closer than a zoom where a few nodes' labels would crowd each other. */
function fitWithoutCrowding() {
  cy.fit(undefined, 50);
  if (cy.zoom() > 1.25) {
    cy.zoom(1.25);
    cy.center();
  }
}

/** Free space along the arc for each new node, in graph units: more than a node and its label. */
const ARC_PER_NODE = 60;

/**
 * Places the nodes just added around the node they were added for, on an arc turned away from the
 * rest of the graph (a full circle when that node is the graph's centre), and leaves every node
 * drawn before where it was.
 */
function placeAround(centre, nodes) {
  if (nodes.empty()) {
    return;
  }
  const origin = centre.position();
  const before = cy.nodes().difference(nodes).difference(centre);
  let away = 0;
  let spread = 2 * Math.PI;
  if (before.nonempty()) {
    const mean = before.reduce((sum, n) => ({ x: sum.x + n.position('x'), y: sum.y + n.position('y') }), { x: 0, y: 0 });
    const dx = origin.x - mean.x / before.length;
    const dy = origin.y - mean.y / before.length;
    if (Math.hypot(dx, dy) > 1) {
      away = Math.atan2(dy, dx);
      spread = Math.PI;
    }
  }
  const radius = Math.max(130, (nodes.length * ARC_PER_NODE) / spread);
  nodes.forEach((node, i) => {
    const angle = spread < 2 * Math.PI
      ? away - spread / 2 + (spread * (i + 0.5)) / nodes.length
      : away + (spread * i) / nodes.length;
    node.position({ x: origin.x + radius * Math.cos(angle), y: origin.y + radius * Math.sin(angle) });
  });
}

// ---------------------------------------------------------------------------------------------
// Filters

function renderFilters() {
  renderFilter($('type-filter'), 'Entity types', [...new Set(cy.nodes().map(n => n.data('type')))],
    type => el('span', { class: 'swatch', style: `background:${colourOf(type)}` }), type => type);
  const propertyLabels = new Map(cy.edges().map(e => [e.data('property'), e.data('label')]));
  renderFilter($('property-filter'), 'Properties', [...propertyLabels.keys()], () => null, p => propertyLabels.get(p));
  $('filters').hidden = cy.elements().empty();
}

/** Keeps the choices a user made for values still shown; new values start checked. */
function renderFilter(fieldset, legend, values, decoration, labelOf) {
  const unchecked = new Set([...fieldset.querySelectorAll('input:not(:checked)')].map(i => i.value));
  fieldset.replaceChildren(el('legend', {}, legend));
  for (const value of values.sort((a, b) => labelOf(a).localeCompare(labelOf(b)))) {
    const box = el('input', { type: 'checkbox', value, onchange: applyFilters });
    box.checked = !unchecked.has(value);
    fieldset.append(el('label', {}, box, decoration(value), labelOf(value)));
  }
}

function applyFilters() {
  const checked = fieldset => new Set([...$(fieldset).querySelectorAll('input:checked')].map(i => i.value));
  const types = checked('type-filter');
  const properties = checked('property-filter');
  cy.batch(() => {
    cy.nodes().forEach(n => n.toggleClass('filtered', !types.has(n.data('type')) && !n.hasClass('focus')));
    cy.edges().forEach(e => e.toggleClass('filtered', !properties.has(e.data('property'))
      || e.source().hasClass('filtered') || e.target().hasClass('filtered')));
  });
}

// ---------------------------------------------------------------------------------------------
// Details panel

async function showEntity(entity) {
  const [[card], facts, links] = await Promise.all([
    select(entityCardQuery(entity)), select(entityFactsQuery(entity)), select(wikidataLinksQuery(entity))]);
  if (!card) {
    details.replaceChildren(el('p', {}, `Nothing is known about ${entity}.`));
    return;
  }
  // GROUP_CONCAT of nothing leaves the column unbound.
  const types = (card.types || '').split(' ').filter(Boolean).map(localName).sort();
  const wikidata = links.filter(l => l.item.startsWith(WIKIDATA));
  const altLabels = (card.altLabels || '').split('\n').filter(Boolean).sort();
  const info = el('dl', {},
    el('dt', {}, 'Type'), el('dd', {}, types.join(', ') || '—'),
    el('dt', {}, 'Also called'), el('dd', {}, altLabels.join(', ') || '—'),
    el('dt', {}, 'Wikidata'), el('dd', {}, ...(wikidata.length
      ? wikidata.map(w => el('div', { class: 'wikidata-link' },
        el('a', { href: w.item, target: '_blank', rel: 'noopener' }, localName(w.item)),
        w.confidence ? ` · score ${Number(w.confidence).toFixed(2)}` : '',
        w.method ? ` · ${localName(w.method).replace(/^link-/, '').replace(/-/g, ' ')}` : ''))
      : ['not linked'])),
    el('dt', {}, 'Mentioned'), el('dd', {}, `${card.mentions || 0} times in ${card.articles} articles`),
    el('dt', {}, 'IRI'), el('dd', {}, el('a', { href: describeUrl(entity), target: '_blank' }, entity)));
  const list = el('ul', { class: 'facts' });
  for (const f of facts) {
    const other = objectElement(f.other, f.otherLabel, f.otherDatatype);
    const propertyLabel = f.propertyLabel || localName(f.property);
    const property = el('span', { class: 'property' }, propertyLabel);
    const otherText = objectText(f.other, f.otherLabel, f.otherDatatype);
    const title = f.direction === 'out'
      ? `${card.label} — ${propertyLabel} — ${otherText}`
      : `${otherText} — ${propertyLabel} — ${card.label}`;
    const evidenceButton = el('button', {
      type: 'button', class: 'link-button', title: 'The sentences this fact was read from',
      onclick: guarded(() => showEvidence(f.statement, title, f.confidence)),
    }, `evidence (${f.evidenceCount || 0})`);
    list.append(f.direction === 'out'
      ? el('li', {}, property, other, evidenceButton)
      : el('li', {}, other, property, el('span', {}, card.label), evidenceButton));
  }
  details.replaceChildren(
    el('h2', {}, card.label, ' ', el('span', { class: 'type-badge' }, types.join(', '))),
    info,
    el('h3', {}, `Facts (${facts.length})`),
    facts.length ? list : el('p', {}, 'No facts.'));
}

/** The sentences a fact was read from; {@code title} names the fact, {@code confidence} is its own. */
async function showEvidence(statement, title, confidence) {
  const rows = await select(evidenceQuery(statement));
  const list = el('ul', { class: 'evidence' });
  for (const r of rows) {
    list.append(el('li', {},
      el('blockquote', {}, r.sentence),
      r.hedged === 'true' ? el('div', { class: 'hedged' }, 'hedged: the sentence reports it with reservation') : null,
      el('div', { class: 'source' },
        el('a', {
          href: '#', class: 'article-link', title: r.sourceFile || r.article,
          onclick: guarded(async event => { event.preventDefault(); await showArticle(r.article); }),
        }, r.title || r.sourceFile || r.article),
        r.date ? ` · ${r.date.substring(0, 10)}` : '',
        r.confidence ? ` · confidence ${Number(r.confidence).toFixed(2)}` : '')));
  }
  details.replaceChildren(
    el('h2', {}, title),
    confidence ? el('p', {}, `Confidence ${Number(confidence).toFixed(2)}`) : null,
    el('h3', {}, `Evidence sentences (${rows.length})`),
    rows.length ? list : el('p', {}, 'No evidence recorded.'));
}

/** An entity's name that opens it in the graph. */
function entityLink(entity, label) {
  return el('a', { href: '#', onclick: guarded(async event => { event.preventDefault(); await showNeighbourhood(entity, true); }) }, label);
}

/**
 * A readable view of an article: what it is, its text with each sentence that gave facts marked,
 * and those sentences again with their facts. A mark and its sentence in the list link to each other.
 */
async function showArticle(article) {
  const [[about], rows] = await Promise.all([select(articleQuery(article)), select(articleFactsQuery(article))]);
  const sentences = new Map();
  for (const r of rows) {
    if (!sentences.has(r.sentenceIndex)) {
      sentences.set(r.sentenceIndex, { text: r.sentence, facts: new Map() });
    }
    sentences.get(r.sentenceIndex).facts.set(r.statement, r);
  }
  const inOrder = [...sentences].sort((a, b) => Number(a[0]) - Number(b[0]));
  const factItem = f => el('li', {}, entityLink(f.subject, f.subjectLabel),
    el('span', { class: 'property' }, f.propertyLabel || localName(f.property)),
    f.objectLabel ? entityLink(f.object, f.objectLabel) : objectElement(f.object, null, f.objectDatatype));
  const text = about && about.text;
  const found = text ? placeSentences(text, inOrder) : new Map();
  const list = el('ol', { class: 'article-sentences' });
  for (const [index, sentence] of inOrder) {
    const mark = found.has(index)
      ? el('a', { href: `#text-sentence-${index}`, title: 'Show in the text' }, el('mark', {}, sentence.text))
      : el('mark', {}, sentence.text);
    list.append(el('li', { value: Number(index) + 1, id: `fact-sentence-${index}` },
      mark, el('ul', { class: 'facts' }, ...[...sentence.facts.values()].map(factItem))));
  }
  const date = about && about.date ? formatValue(about.date, `${XSD}date`) : null;
  details.replaceChildren(
    el('h2', {}, (about && about.title) || (about && about.sourceFile) || localName(article)),
    el('dl', {},
      el('dt', {}, 'Date'), el('dd', {}, date ? el('span', { title: date.exact }, date.text) : '—'),
      el('dt', {}, 'Source file'), el('dd', {}, (about && about.sourceFile) || '—'),
      el('dt', {}, 'IRI'), el('dd', {}, el('a', { href: describeUrl(article), target: '_blank' }, article))),
    el('h3', {}, 'Text'),
    text ? articleText(text, found, sentences)
      : el('p', { class: 'note' }, 'The graph holds no text for this article (it was loaded by an older newskg); the sentences that gave facts follow.'),
    el('h3', {}, `Sentences that gave facts (${sentences.size})`),
    sentences.size ? list : el('p', {}, 'No fact was read from this article.'));
  showStatus(`Article: ${(about && about.title) || localName(article)}.`);
}

/**
 * Where each sentence is in the text: sentence index to [start, end). Sentences are parts of the
 * text and come in order, so each is looked for after the one before.
 */
function placeSentences(text, inOrder) {
  const places = new Map();
  let from = 0;
  for (const [index, sentence] of inOrder) {
    const start = text.indexOf(sentence.text, from);
    if (start >= 0) {
      places.set(index, [start, start + sentence.text.length]);
      from = start + sentence.text.length;
    }
  }
  return places;
}

/** The article's text, paragraphs kept, with the sentences that gave facts marked and linked to their facts. */
function articleText(text, places, sentences) {
  const body = el('div', { class: 'article-text' });
  let at = 0;
  for (const [index, [start, end]] of places) {
    body.append(text.substring(at, start));
    const count = sentences.get(index).facts.size;
    body.append(el('a', { href: `#fact-sentence-${index}`, id: `text-sentence-${index}`,
      title: `${count} fact${count === 1 ? '' : 's'}: show them` }, el('mark', {}, text.substring(start, end))));
    at = end;
  }
  body.append(text.substring(at));
  return body;
}

// ---------------------------------------------------------------------------------------------
// Overview

/** What the page opens on: counts, the most connected entities and the articles. */
async function showOverview(typeCounts) {
  const [[counts], properties, connected, articles] = await Promise.all([
    select(articleCountQuery()), select(propertyCountsQuery()), select(mostConnectedQuery()), select(articlesQuery())]);
  const total = rows => rows.reduce((sum, r) => sum + Number(r.count), 0);
  const types = [...typeCounts].sort((a, b) => Number(b.count) - Number(a.count) || localName(a.type).localeCompare(localName(b.type)));
  details.replaceChildren(
    el('h2', {}, 'Overview'),
    el('p', { class: 'totals' }, `${counts.articles} articles, ${total(typeCounts)} entities, ${total(properties)} facts.`),
    el('h3', {}, 'Most connected entities'),
    el('ul', { class: 'facts most-connected' }, ...connected.map(r => el('li', {},
      el('span', { class: 'swatch', style: `background:${colourOf(localName(r.type))}` }),
      entityLink(r.entity, r.label), el('span', { class: 'property' }, `${localName(r.type)}, ${r.facts} facts`)))),
    el('h3', {}, 'Entities per type'),
    el('ul', { class: 'facts type-counts' }, ...types.map(r => el('li', {},
      el('span', { class: 'swatch', style: `background:${colourOf(localName(r.type))}` }),
      localName(r.type), el('span', { class: 'property' }, r.count)))),
    el('h3', {}, 'Facts per property'),
    el('ul', { class: 'facts property-counts' }, ...properties.map(r => el('li', {},
      r.propertyLabel || localName(r.property), el('span', { class: 'property' }, r.count)))),
    el('h3', {}, `Articles (${counts.articles})`),
    el('ul', { class: 'facts articles' }, ...articles.map(r => {
      const date = r.date ? formatValue(r.date, `${XSD}date`) : null;
      return el('li', {},
        el('a', { href: '#', class: 'article-link', onclick: guarded(async event => { event.preventDefault(); await showArticle(r.article); }) },
          r.title || r.sourceFile || localName(r.article)),
        date ? el('span', { class: 'property', title: date.exact }, date.text) : null,
        r.title && r.sourceFile ? el('span', { class: 'property' }, r.sourceFile) : null);
    })));
}

// ---------------------------------------------------------------------------------------------
// Search

const searchResults = $('search-results');

async function search(term) {
  const rows = await select(searchQuery(term));
  searchResults.replaceChildren();
  if (rows.length === 0) {
    searchResults.hidden = true;
    showStatus(`No entity is called “${term}”.`);
    return;
  }
  if (rows.length === 1 || rows[0].exact === '1') {
    searchResults.hidden = true;
    await showNeighbourhood(rows[0].entity, true);
    if (rows.length === 1) {
      return;
    }
  }
  if (rows[0].exact !== '1') {
    showStatus(`${rows.length} entities have “${term}” in their name: choose one from the list.`);
  }
  for (const r of rows) {
    const choose = guarded(async () => {
      searchResults.hidden = true;
      await showNeighbourhood(r.entity, true);
    });
    searchResults.append(el('li', {
      role: 'option', tabindex: '0', 'data-entity': r.entity, onclick: choose,
      onkeydown: event => { if (event.key === 'Enter') choose(); },
    }, el('span', {}, r.label), el('span', { class: 'type' }, localName(r.type))));
  }
  searchResults.hidden = rows[0].exact === '1';
}

$('search').addEventListener('submit', guarded(async event => {
  event.preventDefault();
  const term = $('search-input').value.trim();
  if (term) {
    await search(term);
  }
}));
$('search-input').addEventListener('focus', () => { searchResults.hidden = searchResults.childElementCount === 0; });
document.addEventListener('click', event => {
  if (!$('search').contains(event.target)) {
    searchResults.hidden = true;
  }
});

cy.on('tap', 'node', guarded(event => showEntity(event.target.id())));
cy.on('tap', 'edge', guarded(event => {
  const edge = event.target;
  return showEvidence(edge.id(), `${edge.source().data('label')} — ${edge.data('label')} — ${edge.target().data('label')}`,
    edge.data('confidence'));
}));
cy.on('dbltap', 'node', guarded(event => showNeighbourhood(event.target.id(), false)));

let typeCounts = [];
$('overview-link').addEventListener('click', guarded(async event => {
  event.preventDefault();
  await showOverview(typeCounts);
}));

// The page opens on the overview; the classes' colours are fixed before anything is drawn.
guarded(async () => {
  showStatus('Loading the overview…');
  typeCounts = await select(typeCountsQuery());
  assignColours(typeCounts);
  await showOverview(typeCounts);
  showStatus('Search an entity, or choose one of the most connected, to see it and its neighbours. Click a node for its details, an edge for its evidence; double-click a node to add its neighbours.');
})();

// The graph, for the browser console (and the browser test, which clicks where an edge is drawn).
window.explorer = { cy };
