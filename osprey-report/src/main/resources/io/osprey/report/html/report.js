(function () {
  'use strict';

  function element(tag, className, text) {
    var node = document.createElement(tag);
    if (className) {
      node.className = className;
    }
    if (text !== undefined) {
      node.textContent = text;
    }
    return node;
  }

  function cellKey(row, column) {
    var cell = row.cells[column];
    if (!cell) {
      return '';
    }
    var key = cell.getAttribute('data-sort');
    return key !== null ? key : cell.textContent.trim();
  }

  function Pager(container, onChange) {
    this.page = 0;
    this.pages = 1;
    this.previous = element('button', 'pager-previous', '\u2039 Previous');
    this.next = element('button', 'pager-next', 'Next \u203a');
    this.status = element('span', 'pager-status');
    this.previous.type = 'button';
    this.next.type = 'button';
    container.appendChild(this.previous);
    container.appendChild(this.status);
    container.appendChild(this.next);
    var self = this;
    this.previous.addEventListener('click', function () { self.go(self.page - 1); onChange(); });
    this.next.addEventListener('click', function () { self.go(self.page + 1); onChange(); });
  }
  Pager.prototype.go = function (page) {
    this.page = Math.max(0, Math.min(page, this.pages - 1));
  };
  Pager.prototype.update = function (pages, text) {
    this.pages = Math.max(1, pages);
    this.go(this.page);
    this.previous.disabled = this.page === 0;
    this.next.disabled = this.page >= this.pages - 1;
    this.status.textContent = text;
  };

  function initTable(table) {
    var body = table.tBodies[0];
    if (!body || !table.tHead) {
      return;
    }
    var pageSize = parseInt(table.getAttribute('data-page-size'), 10) || 25;
    var headers = table.tHead.rows[0].cells;
    var entries = Array.prototype.map.call(body.rows, function (row, index) {
      return { row: row, text: row.textContent.toLowerCase(), order: index };
    });
    var toolbar = element('div', 'table-toolbar');
    var filter = element('input', 'table-filter');
    filter.type = 'search';
    filter.placeholder = 'Filter ' + entries.length + ' rows';
    filter.setAttribute('aria-label', 'Filter rows');
    toolbar.appendChild(filter);
    var selects = [];
    Array.prototype.forEach.call(headers, function (header, column) {
      if (header.getAttribute('data-filter') !== 'select') {
        return;
      }
      var select = element('select', 'table-select');
      select.setAttribute('aria-label', header.textContent);
      select.appendChild(new Option('All: ' + header.textContent, ''));
      var values = {};
      entries.forEach(function (entry) { values[cellKey(entry.row, column)] = true; });
      Object.keys(values).sort().forEach(function (value) { select.appendChild(new Option(value, value)); });
      selects.push({ column: column, select: select });
      toolbar.appendChild(select);
    });
    var pagerBox = element('div', 'table-pager');
    table.parentNode.insertBefore(toolbar, table);
    table.parentNode.insertBefore(pagerBox, table.nextSibling);
    var sortColumn = -1;
    var ascending = true;
    var visible = entries;
    var pager = new Pager(pagerBox, render);

    function matches(entry, needle) {
      if (needle && entry.text.indexOf(needle) < 0) {
        return false;
      }
      return selects.every(function (choice) {
        return !choice.select.value || cellKey(entry.row, choice.column) === choice.select.value;
      });
    }

    function compare(first, second) {
      if (sortColumn < 0) {
        return first.order - second.order;
      }
      var numeric = headers[sortColumn].getAttribute('data-type') === 'number';
      var a = cellKey(first.row, sortColumn);
      var b = cellKey(second.row, sortColumn);
      var order;
      if (numeric) {
        order = (parseFloat(a) || 0) - (parseFloat(b) || 0);
      } else {
        order = a < b ? -1 : a > b ? 1 : 0;
      }
      return (ascending ? order : -order) || first.order - second.order;
    }

    function apply() {
      var needle = filter.value.trim().toLowerCase();
      visible = entries.filter(function (entry) { return matches(entry, needle); });
      visible.sort(compare);
      var fragment = document.createDocumentFragment();
      visible.forEach(function (entry) { fragment.appendChild(entry.row); });
      entries.forEach(function (entry) { entry.row.hidden = true; });
      body.appendChild(fragment);
      pager.go(0);
      render();
    }

    function render() {
      var pages = Math.ceil(visible.length / pageSize);
      var start = pager.page * pageSize;
      visible.forEach(function (entry, index) {
        entry.row.hidden = index < start || index >= start + pageSize;
      });
      var shownEnd = Math.min(visible.length, start + pageSize);
      pager.update(pages, visible.length === 0 ? 'No matching rows'
        : 'Rows ' + (start + 1) + '\u2013' + shownEnd + ' of ' + visible.length
          + (visible.length < entries.length ? ' (filtered from ' + entries.length + ')' : ''));
    }

    Array.prototype.forEach.call(headers, function (header, column) {
      header.classList.add('sortable');
      header.setAttribute('tabindex', '0');
      header.addEventListener('click', function () {
        ascending = sortColumn === column ? !ascending : true;
        sortColumn = column;
        Array.prototype.forEach.call(headers, function (other) { other.removeAttribute('aria-sort'); });
        header.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
        apply();
      });
    });
    filter.addEventListener('input', apply);
    selects.forEach(function (choice) { choice.select.addEventListener('change', apply); });
    table.setAttribute('data-initialized', 'true');
    apply();
  }

  function initPages(group) {
    var pages = Array.prototype.slice.call(group.querySelectorAll(':scope > .page'));
    if (pages.length < 2) {
      group.setAttribute('data-initialized', 'true');
      return;
    }
    var pagerBox = element('div', 'table-pager');
    group.parentNode.insertBefore(pagerBox, group);
    var label = group.getAttribute('data-label') || 'Page';
    var pager = new Pager(pagerBox, render);
    function render() {
      pages.forEach(function (page, index) { page.hidden = index !== pager.page; });
      pager.update(pages.length, label + ' ' + (pager.page + 1) + ' of ' + pages.length);
    }
    group.setAttribute('data-initialized', 'true');
    render();
  }

  document.querySelectorAll('table.data-table').forEach(initTable);
  document.querySelectorAll('.pages').forEach(initPages);
  document.body.setAttribute('data-ready', 'true');
}());
