package org.upperback.check;
public class Check { public static void main(String[] a) { System.out.println("check " + String.join(" ", a)); } }
