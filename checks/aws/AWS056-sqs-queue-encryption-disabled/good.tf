variable "key_id" {
  type = string
}

resource "aws_sqs_queue" "defaults" {
  name = "defaults"
}

resource "aws_sqs_queue" "kms" {
  name                    = "kms"
  sqs_managed_sse_enabled = false
  kms_master_key_id       = var.key_id
}
