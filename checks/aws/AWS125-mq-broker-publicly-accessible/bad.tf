resource "aws_mq_broker" "events" {
  broker_name         = "events"
  engine_type         = "RabbitMQ"
  engine_version      = "3.13"
  host_instance_type  = "mq.m5.large"
  publicly_accessible = true # expect: AWS125
  user {
    username = "app"
    password = "not-a-real-password"
  }
}
