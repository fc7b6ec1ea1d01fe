#include "repository.h"

// Being written by the data-layer work; see repository.h for the contract.
