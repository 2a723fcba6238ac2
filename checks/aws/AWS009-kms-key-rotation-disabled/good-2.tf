variable "rotate_keys" {
  type = bool
}

resource "aws_kms_key" "tenant" {
  description         = "Per-tenant key"
  enable_key_rotation = var.rotate_keys
}
