#pragma once
#include "engine/Coverage.h"
