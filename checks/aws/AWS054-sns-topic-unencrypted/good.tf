variable "key_id" {
  type = string
}

resource "aws_kms_key" "sns" {
  enable_key_rotation = true
}

resource "aws_sns_topic" "alerts" {
  name              = "alerts"
  kms_master_key_id = aws_kms_key.sns.id
}

resource "aws_sns_topic" "configurable" {
  name              = "configurable"
  kms_master_key_id = var.key_id
}
