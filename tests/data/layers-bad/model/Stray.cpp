// a stray model file outside the layer folders
