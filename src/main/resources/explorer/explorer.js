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
`;

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
       (GROUP_CONCAT(DISTINCT STR(?same); separator=" ") AS ?sameAs)
       (COUNT(DISTINCT ?article) AS ?articles)
WHERE {
  VALUES ?entity { ${iri(entity)} }
  ?entity rdfs:label ?label .
  OPTIONAL { ?entity nkg:mentionCount ?mentions }
  OPTIONAL { ?entity skos:altLabel ?altLabel }
  OPTIONAL { ?entity a ?type }
  OPTIONAL { ?entity owl:sameAs ?same }
  OPTIONAL { ?entity nkg:mentionedIn ?article }
}
GROUP BY ?label ?mentions`;

// Every fact about the entity, values (dates, amounts) as well as entities, in both directions.
const entityFactsQuery = entity => `
SELECT ?statement ?direction ?property ?propertyLabel ?other ?otherLabel ?evidenceCount WHERE {
  VALUES ?focus { ${iri(entity)} }
  { ?statement rdf:subject ?focus ; rdf:object ?other . BIND("out" AS ?direction) }
  UNION
  { ?statement rdf:object ?focus ; rdf:subject ?other . BIND("in" AS ?direction) }
  ?statement rdf:predicate ?property .
  OPTIONAL { ?statement nkg:evidenceCount ?evidenceCount }
  OPTIONAL { ?other rdfs:label ?otherLabel }
  OPTIONAL { ?property rdfs:label ?propertyLabel FILTER(LANGMATCHES(LANG(?propertyLabel), "en")) }
}
ORDER BY DESC(?direction) ?propertyLabel ?otherLabel`;

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

// One colour per type, assigned in order of appearance, the same for the whole session.
const PALETTE = ['#2f6fb2', '#d9822b', '#3d9970', '#b83280', '#8e6c8a', '#c0392b', '#16a2b8', '#7f8c2d', '#5f6caf', '#a0522d'];
const typeColours = new Map();
function colourOf(type) {
  if (!typeColours.has(type)) {
    typeColours.set(type, PALETTE[typeColours.size % PALETTE.length]);
  }
  return typeColours.get(type);
}

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
  for (const e of entities) {
    if (cy.getElementById(e.entity).empty()) {
      const type = localName(e.type);
      cy.add({ group: 'nodes', data: { id: e.entity, label: e.label, type, colour: colourOf(type) } });
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
  cy.layout(replace
    ? { name: 'concentric', concentric: node => (node.hasClass('focus') ? 2 : 1), levelWidth: () => 1, minNodeSpacing: 100, animate: false }
    : { name: 'cose', animate: false, nodeRepulsion: () => 9000, idealEdgeLength: () => 110 }).run();
  // A few nodes would fill the pane at a zoom where labels crowd each other: fit, but not closer than this.
  cy.fit(undefined, 50);
  if (cy.zoom() > 1.25) {
    cy.zoom(1.25);
    cy.center();
  }
  renderFilters();
  applyFilters();
  cy.elements().unselect();
  focus.select();
  showStatus(`${focus.data('label')}: ${focus.neighborhood('node').length} neighbours. Click a node for its details, an edge for its evidence; double-click a node to add its neighbours.`);
  await showEntity(entity);
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
  const [card] = await select(entityCardQuery(entity));
  const facts = await select(entityFactsQuery(entity));
  if (!card) {
    details.replaceChildren(el('p', {}, `Nothing is known about ${entity}.`));
    return;
  }
  // GROUP_CONCAT of nothing leaves the column unbound.
  const types = (card.types || '').split(' ').filter(Boolean).map(localName).sort();
  const wikidata = (card.sameAs || '').split(' ').filter(s => s.startsWith(WIKIDATA));
  const altLabels = (card.altLabels || '').split('\n').filter(Boolean).sort();
  const info = el('dl', {},
    el('dt', {}, 'Type'), el('dd', {}, types.join(', ') || '—'),
    el('dt', {}, 'Also called'), el('dd', {}, altLabels.join(', ') || '—'),
    el('dt', {}, 'Wikidata'), el('dd', {}, ...(wikidata.length
      ? wikidata.map(w => el('a', { href: w, target: '_blank', rel: 'noopener' }, localName(w)))
      : ['not linked'])),
    el('dt', {}, 'Mentioned'), el('dd', {}, `${card.mentions || 0} times in ${card.articles} articles`),
    el('dt', {}, 'IRI'), el('dd', {}, el('a', { href: describeUrl(entity), target: '_blank' }, entity)));
  const list = el('ul', { class: 'facts' });
  for (const f of facts) {
    const other = f.otherLabel
      ? el('a', { href: '#', onclick: guarded(async event => { event.preventDefault(); await showNeighbourhood(f.other, true); }) }, f.otherLabel)
      : el('span', {}, f.other);
    const property = el('span', { class: 'property' }, f.propertyLabel || localName(f.property));
    const evidenceButton = el('button', {
      type: 'button', class: 'link-button', title: 'The sentences this fact was read from',
      onclick: guarded(() => showEvidence(f.statement)),
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

async function showEvidence(statement) {
  const edge = cy.getElementById(statement);
  const rows = await select(evidenceQuery(statement));
  const title = edge.nonempty()
    ? `${edge.source().data('label')} — ${edge.data('label')} — ${edge.target().data('label')}`
    : 'Evidence';
  const list = el('ul', { class: 'evidence' });
  for (const r of rows) {
    list.append(el('li', {},
      el('blockquote', {}, r.sentence),
      r.hedged === 'true' ? el('div', { class: 'hedged' }, 'hedged: the sentence reports it with reservation') : null,
      el('div', { class: 'source' },
        el('a', { href: describeUrl(r.article), target: '_blank', title: r.sourceFile || r.article }, r.title || r.article),
        r.date ? ` · ${r.date.substring(0, 10)}` : '',
        r.confidence ? ` · confidence ${Number(r.confidence).toFixed(2)}` : '')));
  }
  details.replaceChildren(
    el('h2', {}, title),
    edge.nonempty() && edge.data('confidence') ? el('p', {}, `Confidence ${Number(edge.data('confidence')).toFixed(2)}`) : null,
    el('h3', {}, `Evidence sentences (${rows.length})`),
    rows.length ? list : el('p', {}, 'No evidence recorded.'));
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
cy.on('tap', 'edge', guarded(event => showEvidence(event.target.id())));
cy.on('dbltap', 'node', guarded(event => showNeighbourhood(event.target.id(), false)));

// The graph, for the browser console (and the browser test, which clicks where an edge is drawn).
window.explorer = { cy };
