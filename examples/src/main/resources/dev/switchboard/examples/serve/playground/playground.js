// Switchboard playground: draws a keyboard as Telegram and VK show it, with the API's verdicts.
// No validation happens here: every verdict, path and message comes from POST /v1/preview.
'use strict';

(function () {
  var DEBOUNCE_MS = 300;
  var PLATFORMS = ['telegram', 'vk'];
  var PLATFORM_NAMES = { telegram: 'Telegram', vk: 'VK' };
  var FORMAT_NAMES = { layout: 'Switchboard layout', telegram: 'Telegram reply_markup', vk: 'VK keyboard' };

  var EXAMPLES = [
    {
      name: 'Vote (layout)', from: 'layout', text: pretty({
        type: 'inline',
        rows: [
          [{ kind: 'callback', label: 'Yes', payload: 'vote:yes', style: 'positive' },
            { kind: 'callback', label: 'No', payload: 'vote:no', style: 'negative' }],
          [{ kind: 'link', label: 'Rules', url: 'https://example.com/rules' }]
        ]
      })
    },
    {
      name: 'Main menu (layout, standard)', from: 'layout', text: pretty({
        type: 'standard', oneTime: true, placeholder: 'Choose a section',
        rows: [
          [{ kind: 'text', label: 'Catalogue', payload: 'menu:catalogue', style: 'primary' },
            { kind: 'text', label: 'Cart', payload: 'menu:cart' }],
          [{ kind: 'text', label: 'My orders', payload: 'menu:orders' },
            { kind: 'text', label: 'Help', payload: 'menu:help' }],
          [{ kind: 'location', label: 'Find the nearest shop' }]
        ]
      })
    },
    {
      name: 'Faulty time slots (layout)', from: 'layout', text: pretty({
        type: 'inline',
        rows: [
          [{ kind: 'callback', label: '09:00', payload: 'slot:9' }, { kind: 'callback', label: '10:00', payload: 'slot:10' },
            { kind: 'callback', label: '11:00', payload: 'slot:11' }, { kind: 'callback', label: '12:00', payload: 'slot:12' },
            { kind: 'callback', label: '13:00', payload: 'slot:13' }, { kind: 'callback', label: '14:00', payload: 'slot:14' }],
          [{ kind: 'callback', label: '', payload: 'slot:none' }],
          [{ kind: 'copy', label: 'Copy booking code', text: 'BK-2931-QX' }]
        ]
      })
    },
    {
      name: 'Shop (Telegram reply_markup)', from: 'telegram', text: pretty({
        inline_keyboard: [
          [{ text: 'Yes', callback_data: 'vote:7:yes', style: 'success' },
            { text: 'No', callback_data: 'vote:7:no', style: 'danger' }],
          [{ text: 'Rules', url: 'https://example.com/rules' }, { text: 'Share', switch_inline_query: 'vote 7' }],
          [{ text: 'Copy promo code', copy_text: { text: 'SPRING-25' } }]
        ]
      })
    },
    {
      name: 'Menu (VK keyboard)', from: 'vk', text: pretty({
        one_time: false, inline: false,
        buttons: [
          [{ action: { type: 'text', label: 'Catalogue', payload: '{"p":"catalogue"}' }, color: 'primary' },
            { action: { type: 'text', label: 'Cart', payload: '{"p":"cart"}' }, color: 'secondary' }],
          [{ action: { type: 'location' } }],
          [{ action: { type: 'text', label: 'Cancel order', payload: '{"p":"cancel"}' }, color: 'negative' }]
        ]
      })
    }
  ];

  var editor, formatSelect, detectedLabel, statusLine, errorBox, errorMessage, gotoErrorButton, shareUrl;
  var timer = null;
  var inFlight = null;
  var sequence = 0;
  var revision = 0;
  var lastErrorPosition = null;

  function pretty(value) {
    return JSON.stringify(value, null, 2);
  }

  // ---- small DOM helpers (text only: nothing typed by the user is ever parsed as HTML) ----

  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (key) {
      var value = attrs[key];
      if (value === null || value === undefined || value === false) return;
      if (key === 'class') node.className = value;
      else if (key === 'text') node.textContent = value;
      else node.setAttribute(key, value === true ? '' : String(value));
    });
    (children || []).forEach(function (child) {
      if (child !== null && child !== undefined) {
        node.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
      }
    });
    return node;
  }

  function clear(node) {
    while (node.firstChild) node.removeChild(node.firstChild);
  }

  function panel(platform) {
    return document.getElementById('platform-' + platform);
  }

  function part(platform, name) {
    return panel(platform).querySelector('[data-' + name + ']');
  }

  // ---- format ----

  /** Picks the API's `from` for the text: a routing guess only; the API decides what is valid. */
  function detectFormat(text) {
    var value;
    try {
      value = JSON.parse(text);
      if (typeof value === 'string') value = JSON.parse(value);
    } catch (e) {
      return null;
    }
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return null;
    if ('inline_keyboard' in value || 'keyboard' in value || 'remove_keyboard' in value) return 'telegram';
    if ('buttons' in value) return 'vk';
    return 'layout';
  }

  var lastDetected = 'layout';

  function effectiveFormat() {
    if (formatSelect.value !== 'auto') {
      detectedLabel.textContent = '';
      return formatSelect.value;
    }
    var detected = detectFormat(editor.value);
    if (detected) lastDetected = detected;
    detectedLabel.textContent = 'detected: ' + FORMAT_NAMES[lastDetected];
    detectedLabel.setAttribute('data-detected', lastDetected);
    return lastDetected;
  }

  // ---- talking to the API ----

  function schedule() {
    if (timer) clearTimeout(timer);
    timer = setTimeout(preview, DEBOUNCE_MS);
  }

  function setState(state) {
    document.body.setAttribute('data-state', state);
  }

  function preview() {
    timer = null;
    var text = editor.value;
    var from = effectiveFormat();
    if (text.trim() === '') {
      if (inFlight) inFlight.abort();
      showInputError(null);
      markStale(false);
      renderEmpty('Paste or type a keyboard to see it here.');
      statusLine.textContent = 'Waiting for a keyboard.';
      setState('empty');
      bumpRevision();
      return;
    }
    if (inFlight) inFlight.abort();
    var controller = typeof AbortController === 'function' ? new AbortController() : null;
    inFlight = controller;
    var mine = ++sequence;
    setState('loading');
    statusLine.textContent = 'Checking\u2026';
    fetch('v1/preview?from=' + encodeURIComponent(from), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: text,
      signal: controller ? controller.signal : undefined
    }).then(function (response) {
      return response.text().then(function (body) {
        return { status: response.status, body: body };
      });
    }).then(function (answer) {
      if (mine !== sequence) return;
      inFlight = null;
      var json = null;
      try {
        json = answer.body ? JSON.parse(answer.body) : null;
      } catch (e) {
        json = null;
      }
      if (answer.status === 200 && json && json.layout) {
        showInputError(null);
        markStale(false);
        render(json);
        statusLine.textContent = summary(json.report) + ' (read as ' + FORMAT_NAMES[from] + ')';
        setState('done');
      } else if (answer.status === 400 || answer.status === 413) {
        var message = json && json.error ? json.error
          : (answer.status === 413 ? 'the keyboard is over the size limit' : 'unusable input');
        showInputError(message);
        markStale(true);
        statusLine.textContent = 'The API could not read this as ' + FORMAT_NAMES[from]
          + '; the drawings show the last keyboard it could read.';
        setState('input-error');
      } else {
        showInputError(null);
        statusLine.textContent = 'The API answered ' + answer.status + (json && json.error ? ': ' + json.error : '') + '.';
        setState('error');
      }
      bumpRevision();
    }).catch(function (error) {
      if (error && error.name === 'AbortError') return;
      if (mine !== sequence) return;
      inFlight = null;
      statusLine.textContent = 'Could not reach the API: ' + error;
      setState('error');
      bumpRevision();
    });
  }

  /** Dims the drawings while the editor holds something the API could not read. */
  function markStale(stale) {
    var platforms = document.querySelector('.platforms');
    platforms.classList.toggle('stale', stale);
    platforms.setAttribute('data-stale', String(stale));
  }

  function bumpRevision() {
    revision += 1;
    document.body.setAttribute('data-revision', String(revision));
  }

  function summary(report) {
    return PLATFORMS.filter(function (p) { return report.platforms[p]; }).map(function (p) {
      return PLATFORM_NAMES[p] + ': ' + verdictText(report.platforms[p]);
    }).join('; ');
  }

  function verdictText(platformReport) {
    var errors = count(platformReport.violations, 'ERROR');
    var warnings = count(platformReport.violations, 'WARNING');
    var text = platformReport.valid ? 'accepted' : 'rejected';
    if (errors) text += ', ' + errors + (errors === 1 ? ' error' : ' errors');
    if (warnings) text += ', ' + warnings + (warnings === 1 ? ' warning' : ' warnings');
    return text;
  }

  function count(violations, severity) {
    return violations.filter(function (v) { return v.severity === severity; }).length;
  }

  // ---- input errors ----

  function showInputError(message) {
    lastErrorPosition = null;
    if (!message) {
      errorBox.hidden = true;
      errorMessage.textContent = '';
      editor.removeAttribute('aria-invalid');
      return;
    }
    errorMessage.textContent = message;
    errorBox.hidden = false;
    editor.setAttribute('aria-invalid', 'true');
    var match = /line (\d+), column (\d+)/.exec(message);
    if (match) lastErrorPosition = { line: Number(match[1]), column: Number(match[2]) };
    gotoErrorButton.hidden = !lastErrorPosition;
  }

  function gotoError() {
    if (!lastErrorPosition) return;
    var lines = editor.value.split('\n');
    var offset = 0;
    for (var i = 0; i < lastErrorPosition.line - 1 && i < lines.length; i++) offset += lines[i].length + 1;
    offset = Math.min(editor.value.length, offset + Math.max(0, lastErrorPosition.column - 1));
    editor.focus();
    editor.setSelectionRange(offset, Math.min(editor.value.length, offset + 1));
  }

  // ---- drawing ----

  function renderEmpty(note) {
    PLATFORMS.forEach(function (platform) {
      var drawing = part(platform, 'drawing');
      clear(drawing);
      drawing.appendChild(el('p', { class: 'drawing-note', text: note }));
      clear(part(platform, 'keyboard-violations'));
      clear(part(platform, 'violations'));
      part(platform, 'verdict').textContent = '';
      part(platform, 'verdict').removeAttribute('data-valid');
      part(platform, 'json').textContent = '';
      part(platform, 'copy').disabled = true;
    });
  }

  function render(answer) {
    PLATFORMS.forEach(function (platform) {
      var report = answer.report.platforms[platform] || { valid: true, violations: [] };
      var drawing = part(platform, 'drawing');
      clear(drawing);
      drawing.appendChild(platform === 'telegram' ? drawTelegram(answer.layout) : drawVk(answer.layout));
      markViolations(platform, report.violations);
      var verdict = part(platform, 'verdict');
      verdict.textContent = verdictText(report);
      verdict.setAttribute('data-valid', String(report.valid));
      var converted = answer.platforms && answer.platforms[platform] ? answer.platforms[platform].json : null;
      var json = part(platform, 'json');
      var copy = part(platform, 'copy');
      if (converted === null || converted === undefined) {
        json.textContent = 'rejected: ' + PLATFORM_NAMES[platform] + ' would refuse this keyboard (see the violations).';
        json.setAttribute('data-rejected', 'true');
        copy.disabled = true;
      } else {
        json.textContent = pretty(converted);
        json.removeAttribute('data-rejected');
        copy.disabled = false;
      }
      copy.textContent = 'Copy';
    });
  }

  function rowsOf(layout) {
    return layout.type === 'remove' ? [] : (layout.rows || []);
  }

  function drawRows(layout, platform, drawButton) {
    var keyboard = el('div', {
      class: 'kb kb-' + platform + ' kb-' + layout.type, 'data-path': '$', 'data-type': layout.type,
      role: 'group', 'aria-label': PLATFORM_NAMES[platform] + ' ' + layout.type + ' keyboard'
    });
    rowsOf(layout).forEach(function (row, r) {
      var rowNode = el('div', { class: 'kb-row', 'data-path': 'rows[' + r + ']', 'data-row': r, 'data-count': row.length });
      row.forEach(function (button, c) {
        rowNode.appendChild(drawButton(button, r, c));
      });
      if (row.length === 0) rowNode.appendChild(el('span', { class: 'kb-empty-row', text: 'empty row' }));
      keyboard.appendChild(rowNode);
    });
    if (layout.type !== 'remove' && rowsOf(layout).length === 0) {
      keyboard.appendChild(el('p', { class: 'kb-note', text: 'no buttons' }));
    }
    return keyboard;
  }

  function buttonNode(platform, button, r, c, shownLabel, icon, extraClass) {
    var style = button.style || '';
    var label = button.label === undefined || button.label === null ? '' : String(button.label);
    var text = shownLabel !== undefined ? shownLabel : label;
    var node = el('div', {
      class: 'kb-btn' + (extraClass ? ' ' + extraClass : '') + (style ? ' style-' + style : '') + (text === '' ? ' kb-btn-blank' : ''),
      'data-path': 'rows[' + r + '][' + c + ']', 'data-row': r, 'data-col': c,
      'data-kind': button.kind, 'data-style': style || null, 'data-label': label,
      'data-native': button.native || null,
      tabindex: '0'
    }, [el('span', { class: 'kb-label', text: text })]);
    if (icon) node.appendChild(el('span', { class: 'kb-icon', 'aria-hidden': 'true', text: icon }));
    if (button.kind === 'unrepresentable') {
      node.appendChild(el('span', { class: 'kb-native', text: button.native || 'unknown' }));
    }
    node.setAttribute('aria-label', describeButton(platform, button, text));
    return node;
  }

  function describeButton(platform, button, text) {
    var kind = button.kind === 'unrepresentable' ? (button.native || 'unknown') + ' button' : button.kind + ' button';
    return (text === '' ? '(no label)' : text) + ', ' + kind;
  }

  var TELEGRAM_ICONS = { link: '\u2197', app: '\u229E', copy: '\u274F' };

  function drawTelegram(layout) {
    var screen = el('div', { class: 'screen tg-screen' });
    var chat = el('div', { class: 'chat tg-chat' });
    var bubble = el('div', { class: 'tg-bubble' }, [
      el('span', { class: 'bubble-text', text: layout.type === 'remove' ? 'The keyboard is removed.' : 'Your bot\u2019s message' }),
      el('span', { class: 'bubble-time', text: '12:00' })
    ]);
    var draw = function (button, r, c) {
      return buttonNode('telegram', button, r, c, undefined, TELEGRAM_ICONS[button.kind] || null,
        button.kind === 'unrepresentable' ? 'kb-unrepresentable' : null);
    };
    screen.appendChild(chat);
    if (layout.type === 'inline') {
      var group = el('div', { class: 'tg-message' }, [bubble, drawRows(layout, 'telegram', draw)]);
      chat.appendChild(group);
      screen.appendChild(inputField('telegram', 'Message', null));
    } else {
      chat.appendChild(el('div', { class: 'tg-message' }, [bubble]));
      screen.appendChild(inputField('telegram', layout.placeholder || 'Message', layout.placeholder));
      if (layout.type === 'remove') {
        screen.appendChild(el('p', { class: 'kb-note', 'data-path': '$', text: 'No keyboard: the reply keyboard is taken away.' }));
      } else {
        screen.appendChild(drawRows(layout, 'telegram', draw));
      }
    }
    screen.appendChild(optionChips(layout));
    return screen;
  }

  function vkLabel(button) {
    if (button.kind === 'location') return 'Send location';
    if (button.kind === 'pay') return 'Pay with VK Pay';
    return undefined;
  }

  var VK_ICONS = { link: '\u2197', app: '\u229E', location: '\u25CE' };

  function drawVk(layout) {
    var screen = el('div', { class: 'screen vk-screen' });
    var chat = el('div', { class: 'chat vk-chat' });
    var draw = function (button, r, c) {
      var colour = (button.kind === 'text' || button.kind === 'callback') ? null : 'vk-plain';
      return buttonNode('vk', button, r, c, vkLabel(button), VK_ICONS[button.kind] || null,
        button.kind === 'unrepresentable' ? 'kb-unrepresentable' : colour);
    };
    var bubble = el('div', { class: 'vk-bubble' }, [
      el('span', { class: 'bubble-text', text: layout.type === 'remove' ? 'The keyboard is removed.' : 'Your bot\u2019s message' })
    ]);
    screen.appendChild(chat);
    chat.appendChild(bubble);
    if (layout.type === 'inline') {
      bubble.appendChild(drawRows(layout, 'vk', draw));
      screen.appendChild(inputField('vk', 'Write a message\u2026', null));
    } else {
      screen.appendChild(inputField('vk', 'Write a message\u2026', null));
      if (layout.type === 'remove') {
        screen.appendChild(el('p', { class: 'kb-note', 'data-path': '$', text: 'No keyboard: the keyboard is taken away.' }));
      } else {
        screen.appendChild(drawRows(layout, 'vk', draw));
      }
    }
    screen.appendChild(optionChips(layout));
    return screen;
  }

  function inputField(platform, shown, placeholder) {
    return el('div', { class: 'input-field ' + platform + '-input', 'aria-hidden': 'true' }, [
      el('span', { class: 'input-placeholder', 'data-path': placeholder !== null && placeholder !== undefined ? 'placeholder' : null, text: shown })
    ]);
  }

  function optionChips(layout) {
    var chips = el('div', { class: 'options' });
    if (layout.oneTime) chips.appendChild(el('span', { class: 'chip', 'data-path': 'oneTime', text: 'one-time' }));
    if (layout.persistent) chips.appendChild(el('span', { class: 'chip', 'data-path': 'persistent', text: 'persistent' }));
    if (layout.placeholder !== undefined && layout.placeholder !== null) {
      chips.appendChild(el('span', { class: 'chip', 'data-path': 'placeholder-chip', text: 'placeholder' }));
    }
    return chips;
  }

  // ---- marking the API's violations ----

  var BUTTON_PATH = /^(rows\[\d+\]\[\d+\])/;
  var ROW_PATH = /^rows\[\d+\]$/;

  /** The drawn element a violation's path names: a button, a row, an option; null for the whole keyboard. */
  function target(drawing, path) {
    var button = BUTTON_PATH.exec(path);
    if (button) return drawing.querySelector('.kb-btn[data-path="' + button[1] + '"]');
    if (ROW_PATH.test(path)) return drawing.querySelector('.kb-row[data-path="' + path + '"]');
    if (path === 'placeholder') return drawing.querySelector('[data-path="placeholder"]')
      || drawing.querySelector('[data-path="placeholder-chip"]');
    if (path === 'oneTime' || path === 'persistent') return drawing.querySelector('[data-path="' + path + '"]');
    return null;
  }

  function markViolations(platform, violations) {
    var drawing = part(platform, 'drawing');
    var list = part(platform, 'violations');
    var keyboardList = part(platform, 'keyboard-violations');
    clear(list);
    clear(keyboardList);
    var byNode = new Map();
    violations.forEach(function (v, index) {
      var severity = v.severity === 'ERROR' ? 'error' : 'warning';
      var node = target(drawing, v.path);
      var item = el('li', {
        class: 'violation violation-' + severity, 'data-code': v.code, 'data-severity': v.severity,
        'data-path': v.path, 'data-index': index, tabindex: '0'
      }, [
        el('span', { class: 'severity', text: v.severity }), ' ',
        el('code', { class: 'code', text: v.code }), ' ',
        el('code', { class: 'path', text: v.path }), ' ',
        el('span', { class: 'message', text: v.message })
      ]);
      list.appendChild(item);
      if (node) {
        if (!byNode.has(node)) byNode.set(node, []);
        byNode.get(node).push(v);
        linkHighlight(item, node);
      } else {
        keyboardList.appendChild(el('li', {
          class: 'violation violation-' + severity, 'data-code': v.code, 'data-severity': v.severity, 'data-path': v.path
        }, [el('span', { class: 'severity', text: v.severity }), ' ', el('code', { class: 'code', text: v.code }), ' ',
          el('span', { class: 'message', text: v.message })]));
        var keyboard = drawing.querySelector('[data-path="$"]');
        if (keyboard) {
          if (!byNode.has(keyboard)) byNode.set(keyboard, []);
          byNode.get(keyboard).push(v);
        }
      }
    });
    byNode.forEach(function (list, node) {
      var hasError = list.some(function (v) { return v.severity === 'ERROR'; });
      node.classList.add(hasError ? 'violation-error' : 'violation-warning');
      node.setAttribute('data-codes', list.map(function (v) { return v.code; }).join(' '));
      var messages = list.map(function (v) { return v.code + ': ' + v.message; }).join('\n');
      node.setAttribute('title', messages);
      if (node.classList.contains('kb-btn')) {
        node.setAttribute('aria-label', node.getAttribute('aria-label') + '. ' + messages);
      }
    });
  }

  function linkHighlight(item, node) {
    var on = function () { node.classList.add('highlight'); };
    var off = function () { node.classList.remove('highlight'); };
    item.addEventListener('mouseenter', on);
    item.addEventListener('mouseleave', off);
    item.addEventListener('focus', on);
    item.addEventListener('blur', off);
  }

  // ---- copy, share ----

  function copyText(text, button) {
    var done = function () {
      button.textContent = 'Copied';
      setTimeout(function () { button.textContent = 'Copy'; }, 1500);
    };
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(text).then(done, function () { fallbackCopy(text); done(); });
    } else {
      fallbackCopy(text);
      done();
    }
  }

  function fallbackCopy(text) {
    var area = el('textarea', { class: 'visually-hidden', 'aria-hidden': 'true' });
    area.value = text;
    document.body.appendChild(area);
    area.select();
    try { document.execCommand('copy'); } catch (e) { /* nothing more to try */ }
    document.body.removeChild(area);
  }

  function toBase64Url(text) {
    var bytes = new TextEncoder().encode(text);
    var binary = '';
    for (var i = 0; i < bytes.length; i++) binary += String.fromCharCode(bytes[i]);
    return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  }

  function fromBase64Url(encoded) {
    var base64 = encoded.replace(/-/g, '+').replace(/_/g, '/');
    while (base64.length % 4) base64 += '=';
    var binary = atob(base64);
    var bytes = new Uint8Array(binary.length);
    for (var i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  }

  function shareLink() {
    var from = effectiveFormat();
    var hash = '#from=' + from + '&k=' + toBase64Url(editor.value);
    history.replaceState(null, '', hash);
    shareUrl.value = location.href;
    shareUrl.select();
    copyText(location.href, document.getElementById('share'));
  }

  /** Fills the editor from a fragment such as #from=telegram&k=<base64url>; false when there is none. */
  function loadFragment() {
    var hash = location.hash.replace(/^#/, '');
    if (!hash) return false;
    var params = new URLSearchParams(hash);
    var encoded = params.get('k');
    if (encoded === null) return false;
    var text;
    try {
      text = fromBase64Url(encoded);
    } catch (e) {
      try { text = decodeURIComponent(encoded); } catch (e2) { text = encoded; }
    }
    var from = params.get('from');
    formatSelect.value = from && FORMAT_NAMES[from] ? from : 'auto';
    editor.value = text;
    shareUrl.value = location.href;
    return true;
  }

  function loadExample(index) {
    var example = EXAMPLES[index];
    if (!example) return;
    editor.value = example.text;
    formatSelect.value = 'auto';
    preview();
  }

  function init() {
    editor = document.getElementById('editor');
    formatSelect = document.getElementById('format');
    detectedLabel = document.getElementById('detected');
    statusLine = document.getElementById('status');
    errorBox = document.getElementById('input-error');
    errorMessage = document.getElementById('input-error-message');
    gotoErrorButton = document.getElementById('goto-error');
    shareUrl = document.getElementById('share-url');

    var examples = document.getElementById('examples');
    EXAMPLES.forEach(function (example, index) {
      examples.appendChild(el('option', { value: String(index), text: example.name }));
    });
    examples.addEventListener('change', function () {
      if (examples.value !== '') loadExample(Number(examples.value));
      examples.value = '';
    });

    editor.addEventListener('input', schedule);
    formatSelect.addEventListener('change', preview);
    gotoErrorButton.addEventListener('click', gotoError);
    document.getElementById('share').addEventListener('click', shareLink);
    PLATFORMS.forEach(function (platform) {
      var button = part(platform, 'copy');
      button.addEventListener('click', function () {
        var json = part(platform, 'json');
        if (!json.hasAttribute('data-rejected')) copyText(json.textContent, button);
      });
    });
    window.addEventListener('hashchange', function () {
      if (loadFragment()) preview();
    });

    if (!loadFragment()) editor.value = EXAMPLES[0].text;
    preview();
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', init);
  else init();
})();
