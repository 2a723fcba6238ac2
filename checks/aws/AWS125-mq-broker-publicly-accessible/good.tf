resource "aws_mq_broker" "events" {
  broker_name         = "events"
  engine_type         = "RabbitMQ"
  engine_version      = "3.13"
  host_instance_type  = "mq.m5.large"
  publicly_accessible = false
  subnet_ids          = ["subnet-0123456789abcdef0"]
  security_groups     = ["sg-0123456789abcdef0"]
  user {
    username = "app"
    password = "not-a-real-password"
  }
}
