resource "aws_mq_broker" "orders" {
  broker_name        = "orders"
  engine_type        = "ActiveMQ"
  engine_version     = "5.18"
  host_instance_type = "mq.m5.large"
  user {
    username = "app"
    password = var.mq_password
  }
  encryption_options {
    use_aws_owned_key = false
    kms_key_id        = aws_kms_key.mq.arn
  }
}

variable "mq_password" {
  type      = string
  sensitive = true
}

resource "aws_kms_key" "mq" {
  enable_key_rotation = true
}
