resource "aws_mq_broker" "orders" { # expect: AWS268
  broker_name        = "orders"
  engine_type        = "ActiveMQ"
  engine_version     = "5.18"
  host_instance_type = "mq.m5.large"
  user {
    username = "app"
    password = var.mq_password
  }
}

variable "mq_password" {
  type      = string
  sensitive = true
}
