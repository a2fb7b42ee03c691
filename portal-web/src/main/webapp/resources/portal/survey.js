/*
 * Answering a questionnaire (surveys/answer): every answer is saved as it is typed, and none is lost.
 *
 * Each change first goes into a journal in localStorage (which survives a closed browser), then to the server
 * through the form's remote command (portalSurveySave). The server's answer names the change's token, and only then
 * is the entry removed. If the session has ended, the save fails, portal.js reloads the page, the browser signs in
 * again (silently while the Keycloak session lasts) and comes back to this address; on load, the entries still
 * pending for this questionnaire and user are put back into their inputs and saved again, in order. While the
 * browser is offline nothing is reloaded: the entries wait and are sent when the connection is back. A kept entry
 * carries when the page last saw its answer saved, so it never overwrites what a colleague saved since.
 *
 * Radios and checkboxes save at once; texts, numbers and dates 800 ms after the last keystroke and when the field
 * is left; a ranking after each move.
 */
var portalSurvey = (function ($) {
    'use strict';

    var PREFIX = 'portal.survey.journal:';
    var TEXT_DELAY = 800;
    var CHOICES = ['SINGLE', 'MULTIPLE', 'TOPICS', 'LIKERT'];
    var timers = {};
    var replaying = {};
    var refused = {};
    var restored = 0;
    var seq = 0;
    var sent = false;
    var memory = {};
    var storage = (function () {
        try {
            window.localStorage.setItem(PREFIX + 'probe', '1');
            window.localStorage.removeItem(PREFIX + 'probe');
            return window.localStorage;
        } catch (unavailable) {
            return null; // private mode or storage off: the journal lives as long as the page
        }
    }());

    // ------------------------------------------------------------------ the journal

    function form() {
        return $('#answerForm');
    }

    function questionnaireId() {
        return form().attr('data-questionnaire');
    }

    function user() {
        return form().attr('data-user');
    }

    function keyOf(code) {
        return PREFIX + questionnaireId() + ':' + user() + ':' + code;
    }

    function put(key, entry) {
        var text = JSON.stringify(entry);
        if (storage) {
            try {
                storage.setItem(key, text);
                return;
            } catch (full) {
                // fall through: keep it in memory at least
            }
        }
        memory[key] = text;
    }

    function read(key) {
        var text = memory[key] || (storage ? storage.getItem(key) : null);
        try {
            return text ? JSON.parse(text) : null;
        } catch (broken) {
            return null;
        }
    }

    function drop(key) {
        delete memory[key];
        if (storage) {
            storage.removeItem(key);
        }
    }

    /** This questionnaire's and this user's pending entries, oldest first. */
    function pending() {
        var prefix = PREFIX + questionnaireId() + ':' + user() + ':';
        var keys = Object.keys(memory);
        if (storage) {
            for (var i = 0; i < storage.length; i++) {
                keys.push(storage.key(i));
            }
        }
        var entries = [];
        keys.filter(function (key, index) {
            return key && key.indexOf(prefix) === 0 && keys.indexOf(key) === index;
        }).forEach(function (key) {
            var entry = read(key);
            if (entry) {
                entries.push(entry);
            }
        });
        return entries.sort(function (a, b) {
            return a.at - b.at || a.seq - b.seq;
        });
    }

    /** Writes a change to the journal before anything is sent: {questionnaireId, questionCode, value, ...}. */
    function record(code, value) {
        var entry = {
            questionnaireId: questionnaireId(), user: user(), questionCode: code, value: value,
            token: Date.now().toString(36) + '-' + (++seq) + '-' + Math.random().toString(36).slice(2, 8),
            base: container(code).find('[data-changed-at]').attr('data-changed-at') || '0',
            at: Date.now(), seq: seq
        };
        put(keyOf(code), entry);
        return entry;
    }

    // ------------------------------------------------------------------ the inputs

    function container(code) {
        return form().find('.survey-question').filter(function () {
            return this.getAttribute('data-code') === code;
        });
    }

    function valueOf(question) {
        var type = question.attr('data-type');
        var values = [];
        var other = null;
        if (CHOICES.indexOf(type) >= 0) {
            question.find('input[type=radio]:checked, input[type=checkbox]:checked').each(function () {
                values.push(this.value);
            });
            if (values.indexOf('other') >= 0) {
                other = question.find('.survey-other-text').val();
            }
        } else if (type === 'LIKERT_MATRIX') {
            question.find('tr[data-statement]').each(function () {
                var checked = $(this).find('input:checked');
                if (checked.length) {
                    values.push(this.getAttribute('data-statement') + '=' + checked.val());
                }
            });
        } else if (type === 'RANKING') {
            question.find('li[data-choice]').each(function () {
                values.push(this.getAttribute('data-choice'));
            });
        } else {
            var text = question.find('.survey-text, .survey-number, .survey-date').val();
            if (text) {
                values.push(text);
            }
        }
        return {values: values, other: other};
    }

    /** Puts a kept answer back into its inputs, so the page shows what is being saved. */
    function show(question, value) {
        var type = question.attr('data-type');
        if (CHOICES.indexOf(type) >= 0) {
            question.find('input[type=radio], input[type=checkbox]').each(function () {
                this.checked = value.values.indexOf(this.value) >= 0;
            });
            question.find('.survey-other-text').val(value.other || '');
        } else if (type === 'LIKERT_MATRIX') {
            question.find('tr[data-statement]').each(function () {
                var statement = this.getAttribute('data-statement');
                $(this).find('input').each(function () {
                    this.checked = value.values.indexOf(statement + '=' + this.value) >= 0;
                });
            });
        } else if (type === 'RANKING') {
            var list = question.find('ol.survey-ranking');
            var items = list.children('li[data-choice]').get();
            var unplaced = {};
            items.forEach(function (item) {
                unplaced[item.getAttribute('data-choice')] = item;
            });
            value.values.forEach(function (code) {
                if (unplaced[code]) {
                    list.append(unplaced[code]);
                    delete unplaced[code];
                }
            });
            items.forEach(function (item) {
                if (unplaced[item.getAttribute('data-choice')]) {
                    list.append(item); // choices the kept answer does not name follow in their order
                }
            });
        } else {
            question.find('.survey-text, .survey-number, .survey-date').val(value.values.join('\n'));
        }
    }

    function needsOtherText(value) {
        return value.values.indexOf('other') >= 0 && !(value.other || '').trim();
    }

    function say(question, text) {
        question.find('.question-error').text(text);
    }

    // ------------------------------------------------------------------ saving

    function editable() {
        return form().attr('data-editable') === 'true';
    }

    function send(entry, replay) {
        if (typeof window.portalSurveySave !== 'function') {
            return;
        }
        sent = true;
        window.portalSurveySave([
            {name: 'code', value: entry.questionCode},
            {name: 'values', value: JSON.stringify(entry.value.values)},
            {name: 'other', value: entry.value.other || ''},
            {name: 'token', value: entry.token},
            {name: 'base', value: String(entry.base || '0')},
            {name: 'replay', value: replay ? 'true' : 'false'}
        ]);
        state();
    }

    /** A choice changed: saved at once (an "other" waits for its text). */
    function save(code) {
        var question = container(code);
        var value = valueOf(question);
        if (!editable() || !question.length) {
            return;
        }
        if (needsOtherText(value)) {
            say(question, form().attr('data-text-other'));
            question.find('.survey-other-text').trigger('focus');
            return;
        }
        clearTimeout(timers[code]);
        delete timers[code];
        send(record(code, value), false);
    }

    /** Typed into a text: kept in the journal at once, sent when the typing pauses or the field is left. */
    function typed(code) {
        var question = container(code);
        var value = valueOf(question);
        if (!editable() || needsOtherText(value)) {
            return;
        }
        record(code, value);
        clearTimeout(timers[code]);
        timers[code] = setTimeout(function () {
            flush(code);
        }, TEXT_DELAY);
        state();
    }

    function flush(code) {
        clearTimeout(timers[code]);
        delete timers[code];
        var entry = read(keyOf(code));
        if (entry) {
            send(entry, false);
        }
    }

    /** The server has seen a change (saved, or refused with its reason next to the question): it leaves the journal. */
    function saved(xhr, status, args) {
        var token = args && args.savedToken;
        if (token) {
            if (args.savedOk) {
                delete refused[args.savedCode];
            } else {
                refused[args.savedCode] = true; // its reason shows next to the question
            }
            pending().filter(function (entry) {
                return entry.token === token;
            }).forEach(function (entry) {
                drop(keyOf(entry.questionCode));
            });
            if (replaying[token]) {
                delete replaying[token];
                restored += args.savedOk ? 1 : 0;
                if (Object.keys(replaying).length === 0 && restored > 0) {
                    $('#surveyRestored').text(form().attr('data-text-restored'));
                }
            }
        }
        state();
    }

    function state() {
        var waiting = pending().length + Object.keys(timers).length;
        var text = '';
        if (waiting > 0) {
            text = form().attr(navigator.onLine === false ? 'data-text-pending' : 'data-text-saving');
        } else if (Object.keys(refused).length > 0) {
            text = form().attr('data-text-refused');
        } else if (sent) {
            text = form().attr('data-text-saved');
        }
        $('#saveState').text(text || '');
    }

    /** On load: the answers kept while the session had ended go back into their inputs and are saved, in order. */
    function replay() {
        pending().forEach(function (entry) {
            var question = container(entry.questionCode);
            if (question.length) {
                show(question, entry.value);
            }
            replaying[entry.token] = true;
            send(entry, true);
        });
    }

    // ------------------------------------------------------------------ ranking

    function move(button) {
        var item = $(button).closest('li');
        var question = item.closest('.survey-question');
        var step = Number(button.getAttribute('data-move'));
        var neighbour = step < 0 ? item.prev('li') : item.next('li');
        if (!neighbour.length) {
            return;
        }
        if (step < 0) {
            item.insertBefore(neighbour);
        } else {
            item.insertAfter(neighbour);
        }
        button.focus(); // moving the item must not lose the keyboard's place
        question.find('.rank-announce').text(form().attr('data-text-moved')
            .replace('{0}', item.find('.rank-label').text()).replace('{1}', String(item.index() + 1)));
        save(question.attr('data-code'));
    }

    // ------------------------------------------------------------------ wiring

    var TEXTS = '#answerForm .survey-text, #answerForm .survey-number, #answerForm .survey-date, #answerForm .survey-other-text';

    function codeOf(element) {
        return $(element).closest('.survey-question').attr('data-code');
    }

    $(document)
        .on('change.portalSurvey', '#answerForm .survey-question input[type=radio], #answerForm .survey-question input[type=checkbox]',
            function () {
                save(codeOf(this));
            })
        .on('input.portalSurvey', TEXTS, function () {
            var option = $(this).closest('.survey-other-choice').find('.survey-other-option');
            if (option.length && this.value.trim() && !option.prop('checked')) {
                option.prop('checked', true); // typing what "other" is chooses it
            }
            typed(codeOf(this));
        })
        .on('focusout.portalSurvey', TEXTS, function () {
            var code = codeOf(this);
            if (timers[code]) {
                flush(code);
            }
        })
        .on('click.portalSurvey', '#answerForm .rank-move', function () {
            move(this);
        })
        .on('click.portalSurvey', '#answerForm .rank-confirm', function () {
            save(codeOf(this));
        })
        .on('click.portalSurvey', '#answerForm .survey-clear', function () {
            var question = $(this).closest('.survey-question');
            question.find('input[type=radio]').prop('checked', false);
            save(question.attr('data-code'));
        });

    $(window).on('online.portalSurvey', function () {
        pending().forEach(function (entry) {
            send(entry, true); // kept while offline: as careful as after an ended session
        });
    });

    $(function () {
        if (form().length) {
            if (window.portalSession) {
                window.portalSession.keepsOfflineInput = true;
            }
            replay();
        }
    });

    return {saved: saved, pending: pending};
}(jQuery));
