# bash completion for vigie(1): commands, options, export tables, chart kinds and the values of options
# that take a word from a list. tests/unit/testclidocs.cpp checks it against `vigie --help` and
# `vigie COMMAND --help`; change the two together.

_vigie_options()
{
    case $1 in
    "") echo "--db --read-only --help --version" ;;
    init) echo "--demo --help" ;;
    export) echo "--db --format --out --separator --search --help" ;;
    check) echo "--help" ;;
    import) echo "--db --buyer --holder --watched --map --report --help" ;;
    restore) echo "--db --list --help" ;;
    backup) echo "--db --keep --help" ;;
    watch) echo "--db --add --remove --help" ;;
    chart) echo "--db --kind --from --to --by --mode --claims --subcontractor --credit-subcontracting --group" \
        "--cumulative --format --out --dpi --page --landscape --size --title --subtitle --union --help" ;;
    esac
}

_vigie()
{
    local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD - 1]}
    COMPREPLY=()
    local commands="init export check import restore backup watch chart"
    local command="" i
    for ((i = 1; i < COMP_CWORD; i++)); do
        case ${COMP_WORDS[i]} in
        -*) ;;
        *)
            # The first word that is not an option, nor the value of --db, names the command.
            if [[ ${COMP_WORDS[i - 1]} != --db ]]; then
                command=${COMP_WORDS[i]}
                break
            fi
            ;;
        esac
    done

    # The value of an option.
    local words=""
    case $command:$prev in
    *:--db | *:--out | import:--report)
        compopt -o filenames 2>/dev/null
        mapfile -t COMPREPLY < <(compgen -f -- "$cur")
        return
        ;;
    export:--format) words="json csv" ;;
    chart:--format) words="png svg pdf" ;;
    chart:--kind) words="spending-exposure disclosure-delays" ;;
    chart:--by) words="month quarter year" ;;
    chart:--mode) words="notified spread" ;;
    chart:--claims) words="official highest" ;;
    chart:--page) words="A4 A5" ;;
    export:--separator)
        # A bare ";" would end the command line.
        mapfile -t COMPREPLY < <(compgen -W "tab ," -- "$cur")
        [[ -z $cur || $cur == "\\;" ]] && COMPREPLY+=("\\;")
        return
        ;;
    *:--buyer | *:--holder | *:--map | *:--search | *:--from | *:--to | *:--subcontractor | *:--dpi | \
        *:--size | *:--title | *:--subtitle | *:--union | *:--keep | *:--add | *:--remove)
        COMPREPLY=()
        return
        ;;
    esac
    if [[ -n $words ]]; then
        mapfile -t COMPREPLY < <(compgen -W "$words" -- "$cur")
        return
    fi

    if [[ $cur == -* ]]; then
        mapfile -t COMPREPLY < <(compgen -W "$(_vigie_options "$command")" -- "$cur")
        return
    fi
    case $command in
    "") mapfile -t COMPREPLY < <(compgen -W "$commands" -- "$cur") ;;
    export)
        local tables="subcontractors contracts tasks incidents sources" j
        for ((j = i + 1; j < COMP_CWORD; j++)); do
            [[ " $tables " == *" ${COMP_WORDS[j]} "* ]] && return
        done
        mapfile -t COMPREPLY < <(compgen -W "$tables" -- "$cur")
        ;;
    init | check | import | restore)
        compopt -o filenames 2>/dev/null
        mapfile -t COMPREPLY < <(compgen -f -- "$cur")
        ;;
    esac
}

complete -F _vigie vigie
