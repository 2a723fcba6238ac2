resource "aws_mq_broker" "orders" {
  broker_name        = "orders"
  engine_type        = "ActiveMQ"
  engine_version     = "5.18"
  host_instance_type = "mq.m5.large"
  user {
    username = "app"
    password = var.mq_password
  }
  auto_minor_version_upgrade = true
}

variable "mq_password" {
  type      = string
  sensitive = true
}
