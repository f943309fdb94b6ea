#pragma once
#include "MainWindow.h"
