#pragma once
#include "Vocabulary.h"
#include "GraphView.h"
